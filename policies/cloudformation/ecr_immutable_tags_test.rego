package tollgate.cloudformation.ecr_immutable_tags_test

import rego.v1

repository(properties) := {
	"kind": "cloudformation",
	"path": "template.json",
	"parameters": {},
	"conditions": {},
	"resources": [{
		"address": "AppRepository",
		"type": "AWS::ECR::Repository",
		"name": "AppRepository",
		"attributes": properties,
	}],
}

test_default_mutable_fails if {
	doc := repository({"RepositoryName": "app"})
	findings := data.tollgate.cloudformation.ecr_immutable_tags.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "AppRepository"
	f.path == ["ImageTagMutability"]
}

test_explicit_mutable_fails if {
	doc := repository({"ImageTagMutability": "MUTABLE"})
	count(data.tollgate.cloudformation.ecr_immutable_tags.deny) == 1 with input as doc
}

test_immutable_passes if {
	doc := repository({"ImageTagMutability": "IMMUTABLE"})
	count(data.tollgate.cloudformation.ecr_immutable_tags.deny) == 0 with input as doc
}

test_mutability_unknown_passes if {
	doc := repository({"ImageTagMutability": {"__unknown__": "TagMutability"}})
	count(data.tollgate.cloudformation.ecr_immutable_tags.deny) == 0 with input as doc
}
