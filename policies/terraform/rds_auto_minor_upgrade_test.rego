package tollgate.terraform.rds_auto_minor_upgrade_test

import rego.v1

import data.tollgate.terraform.rds_auto_minor_upgrade as policy

resource(type, attrs) := {
	"address": sprintf("%s.this", [type]),
	"type": type,
	"name": "this",
	"mode": "managed",
	"attributes": attrs,
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_disabled_fails if {
	findings := policy.deny with input as doc([resource("aws_db_instance", {"engine": "postgres", "auto_minor_version_upgrade": false})])
	count(findings) == 1
	some f in findings
	f.path == ["auto_minor_version_upgrade"]
}

test_disabled_as_string_on_every_type_fails if {
	count(policy.deny) == 3 with input as doc([
		resource("aws_db_instance", {"auto_minor_version_upgrade": "false"}),
		resource("aws_rds_cluster_instance", {"auto_minor_version_upgrade": false}),
		resource("aws_rds_cluster", {"engine": "postgres", "auto_minor_version_upgrade": false}),
	])
}

test_default_passes if {
	count(policy.deny) == 0 with input as doc([
		resource("aws_db_instance", {"engine": "postgres"}),
		resource("aws_rds_cluster_instance", {"auto_minor_version_upgrade": true}),
	])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([resource("aws_db_instance", {"auto_minor_version_upgrade": {"__unknown__": "var.auto_upgrade"}})])
}
