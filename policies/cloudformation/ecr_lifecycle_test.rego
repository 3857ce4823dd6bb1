package tollgate.cloudformation.ecr_lifecycle_test

import rego.v1

repository(props) := {
	"address": "AppRepository",
	"type": "AWS::ECR::Repository",
	"name": "AppRepository",
	"attributes": object.union({"RepositoryName": "acme/app"}, props),
	"refs": [],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

test_no_policy_fails if {
	findings := data.tollgate.cloudformation.ecr_lifecycle.deny with input as doc([repository({})])
	count(findings) == 1
	some f in findings
	f.resource == "AppRepository"
	f.path == ["LifecyclePolicy"]
}

test_policy_without_text_fails if {
	count(data.tollgate.cloudformation.ecr_lifecycle.deny) == 1 with input as doc([repository({"LifecyclePolicy": {"RegistryId": "111122223333"}})])
}

test_policy_passes if {
	count(data.tollgate.cloudformation.ecr_lifecycle.deny) == 0 with input as doc([repository({"LifecyclePolicy": {"LifecyclePolicyText": "{\"rules\":[]}"}})])
}

test_unknown_not_reported if {
	count(data.tollgate.cloudformation.ecr_lifecycle.deny) == 0 with input as doc([repository({"LifecyclePolicy": {"__unknown__": "Fn::If [\"Expire\",{},{}]"}})])
	count(data.tollgate.cloudformation.ecr_lifecycle.deny) == 0 with input as doc([repository({"LifecyclePolicy": {"LifecyclePolicyText": {"__unknown__": "Ref LifecyclePolicyText"}}})])
}
