package tollgate.terraform.cloudwatch_log_kms_test

import rego.v1

group(attrs) := {
	"address": "aws_cloudwatch_log_group.app",
	"type": "aws_cloudwatch_log_group",
	"name": "app",
	"mode": "managed",
	"attributes": object.union({"name": "/app/orders", "retention_in_days": 90}, attrs),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_no_key_fails if {
	findings := data.tollgate.terraform.cloudwatch_log_kms.deny with input as doc([group({})])
	count(findings) == 1
	some f in findings
	f.resource == "aws_cloudwatch_log_group.app"
	f.path == ["kms_key_id"]
}

test_null_key_fails if {
	count(data.tollgate.terraform.cloudwatch_log_kms.deny) == 1 with input as doc([group({"kms_key_id": null})])
}

test_key_passes if {
	count(data.tollgate.terraform.cloudwatch_log_kms.deny) == 0 with input as doc([group({"kms_key_id": {"__unknown__": "aws_kms_key.logs.arn", "__ref__": "aws_kms_key.logs"}})])
	count(data.tollgate.terraform.cloudwatch_log_kms.deny) == 0 with input as doc([group({"kms_key_id": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"})])
}

test_unknown_key_not_reported if {
	count(data.tollgate.terraform.cloudwatch_log_kms.deny) == 0 with input as doc([group({"kms_key_id": {"__unknown__": "var.kms_key_arn"}})])
}

test_data_source_ignored if {
	count(data.tollgate.terraform.cloudwatch_log_kms.deny) == 0 with input as doc([object.union(group({}), {"address": "data.aws_cloudwatch_log_group.app", "mode": "data"})])
}
