package tollgate.cloudformation.secrets_rotation_test

import rego.v1

import data.tollgate.cloudformation.secrets_rotation as policy

secret(id, props) := {"address": id, "type": "AWS::SecretsManager::Secret", "name": id, "attributes": props, "refs": []}

rotation(id, secret_id) := {
	"address": id,
	"type": "AWS::SecretsManager::RotationSchedule",
	"name": id,
	"attributes": {"SecretId": secret_id, "RotationRules": {"ScheduleExpression": "rate(30 days)"}},
	"refs": [],
}

ref(id) := {"__unknown__": sprintf("Ref %s", [id]), "__ref__": id}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

test_secret_without_rotation_fails if {
	findings := policy.deny with input as doc([secret("DbSecret", {"Name": "prod/db"})])
	count(findings) == 1
	some f in findings
	f.resource == "DbSecret"
}

test_rotation_of_another_secret_fails if {
	findings := policy.deny with input as doc([
		secret("DbSecret", {"Name": "prod/db"}),
		secret("ApiSecret", {"Name": "prod/api"}),
		rotation("ApiRotation", ref("ApiSecret")),
	])
	count(findings) == 1
	some f in findings
	f.resource == "DbSecret"
}

test_rotation_by_ref_and_name_pass if {
	count(policy.deny) == 0 with input as doc([
		secret("DbSecret", {"Name": "prod/db"}),
		rotation("DbRotation", ref("DbSecret")),
		secret("ApiSecret", {"Name": "prod/api"}),
		rotation("ApiRotation", "prod/api"),
	])
}

test_unknown_secret_id_not_reported if {
	count(policy.deny) == 0 with input as doc([
		secret("DbSecret", {"Name": "prod/db"}),
		rotation("AnyRotation", {"__unknown__": "Fn::ImportValue secret-arn"}),
	])
}
