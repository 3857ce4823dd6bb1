package tollgate.terraform.rds_multi_az_test

import rego.v1

import data.tollgate.terraform.rds_multi_az as rds

instance(attrs) := {
	"address": "aws_db_instance.this",
	"type": "aws_db_instance",
	"name": "this",
	"mode": "managed",
	"attributes": attrs,
	"refs": [],
}

test_single_az_fails if {
	findings := rds.deny with input as {"kind": "terraform", "resources": [instance({"engine": "postgres", "multi_az": false})]}
	count(findings) == 1
	some f in findings
	f.path == ["multi_az"]
}

test_multi_az_missing_fails if {
	count(rds.deny) == 1 with input as {"kind": "terraform", "resources": [instance({"engine": "mysql"})]}
}

test_multi_az_passes if {
	count(rds.deny) == 0 with input as {"kind": "terraform", "resources": [instance({"engine": "postgres", "multi_az": true})]}
}

test_aurora_instance_passes if {
	count(rds.deny) == 0 with input as {"kind": "terraform", "resources": [instance({"engine": "aurora-postgresql"})]}
}

test_unknown_multi_az_not_reported if {
	count(rds.deny) == 0 with input as {"kind": "terraform", "resources": [instance({"engine": "postgres", "multi_az": {"__unknown__": "var.multi_az"}})]}
}
