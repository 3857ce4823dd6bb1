package tollgate.terraform.rds_public_test

import rego.v1

import data.tollgate.terraform.rds_public as rds

resource(type, attrs) := {
	"address": sprintf("%s.this", [type]),
	"type": type,
	"name": "this",
	"mode": "managed",
	"attributes": attrs,
	"refs": [],
}

test_public_instance_fails if {
	findings := rds.deny with input as {"kind": "terraform", "resources": [resource("aws_db_instance", {"engine": "postgres", "publicly_accessible": true})]}
	count(findings) == 1
	some f in findings
	f.path == ["publicly_accessible"]
}

test_public_cluster_instance_fails if {
	count(rds.deny) == 1 with input as {"kind": "terraform", "resources": [resource("aws_rds_cluster_instance", {"engine": "aurora-mysql", "publicly_accessible": true})]}
}

test_private_instance_passes if {
	count(rds.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_db_instance", {"engine": "postgres", "publicly_accessible": false}),
		resource("aws_rds_cluster_instance", {"engine": "aurora-mysql"}),
	]}
}

test_unknown_public_not_reported if {
	count(rds.deny) == 0 with input as {"kind": "terraform", "resources": [resource("aws_db_instance", {"engine": "postgres", "publicly_accessible": {"__unknown__": "var.public"}})]}
}
