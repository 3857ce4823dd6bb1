package tollgate.cloudformation.secrets_cmk_test

import rego.v1

import data.tollgate.cloudformation.secrets_cmk as policy

secret(props) := {"address": "DbSecret", "type": "AWS::SecretsManager::Secret", "name": "DbSecret", "attributes": object.union({"Name": "prod/db"}, props), "refs": []}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

test_default_key_fails if {
	findings := policy.deny with input as doc([secret({})])
	count(findings) == 1
	some f in findings
	f.path == ["KmsKeyId"]
}

test_aws_managed_alias_fails if {
	count(policy.deny) == 1 with input as doc([secret({"KmsKeyId": "alias/aws/secretsmanager"})])
}

test_customer_key_passes if {
	count(policy.deny) == 0 with input as doc([secret({"KmsKeyId": {"__unknown__": "Ref SecretsKey", "__ref__": "SecretsKey"}})])
}

test_unknown_key_not_reported if {
	count(policy.deny) == 0 with input as doc([secret({"KmsKeyId": {"__unknown__": "Fn::ImportValue secrets-key"}})])
}
