package tollgate.terraform.secrets_rotation_test

import rego.v1

import data.tollgate.terraform.secrets_rotation as policy

secret(address, attrs) := {
	"address": address,
	"type": "aws_secretsmanager_secret",
	"name": "s",
	"mode": "managed",
	"attributes": attrs,
	"refs": [],
}

rotation(address, secret_id) := {
	"address": address,
	"type": "aws_secretsmanager_secret_rotation",
	"name": "r",
	"mode": "managed",
	"attributes": {
		"secret_id": secret_id,
		"rotation_lambda_arn": {"__unknown__": "aws_lambda_function.rotate.arn", "__ref__": "aws_lambda_function.rotate"},
		"rotation_rules": [{"automatically_after_days": 30}],
	},
	"refs": [],
}

ref(address) := {"__unknown__": sprintf("%s.id", [address]), "__ref__": address}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_secret_without_rotation_fails if {
	findings := policy.deny with input as doc([secret("aws_secretsmanager_secret.db", {"name": "prod/db"})])
	count(findings) == 1
	some f in findings
	f.resource == "aws_secretsmanager_secret.db"
}

test_rotation_of_another_secret_fails if {
	findings := policy.deny with input as doc([
		secret("aws_secretsmanager_secret.db", {"name": "prod/db"}),
		secret("aws_secretsmanager_secret.api", {"name": "prod/api"}),
		rotation("aws_secretsmanager_secret_rotation.api", ref("aws_secretsmanager_secret.api")),
	])
	count(findings) == 1
	some f in findings
	f.resource == "aws_secretsmanager_secret.db"
}

test_rotation_by_ref_name_and_instances_pass if {
	count(policy.deny) == 0 with input as doc([
		secret("aws_secretsmanager_secret.db", {"name": "prod/db"}),
		rotation("aws_secretsmanager_secret_rotation.db", ref("aws_secretsmanager_secret.db")),
		secret("aws_secretsmanager_secret.api", {"name": "prod/api"}),
		rotation("aws_secretsmanager_secret_rotation.api", "prod/api"),
		secret("aws_secretsmanager_secret.svc[\"a\"]", {"name": "prod/a"}),
		rotation("aws_secretsmanager_secret_rotation.svc[\"a\"]", ref("aws_secretsmanager_secret.svc")),
	])
}

test_inline_rotation_passes if {
	count(policy.deny) == 0 with input as doc([secret("aws_secretsmanager_secret.db", {"name": "prod/db", "rotation_lambda_arn": "arn:aws:lambda:eu-west-1:111122223333:function:rotate"})])
}

test_unknown_secret_id_not_reported if {
	count(policy.deny) == 0 with input as doc([
		secret("aws_secretsmanager_secret.db", {"name": "prod/db"}),
		rotation("aws_secretsmanager_secret_rotation.any", {"__unknown__": "var.secret_arn"}),
	])
}
