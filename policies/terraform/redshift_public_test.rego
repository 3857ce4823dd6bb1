package tollgate.terraform.redshift_public_test

import rego.v1

import data.tollgate.terraform.redshift_public as policy

cluster(attrs) := {"address": "aws_redshift_cluster.w", "type": "aws_redshift_cluster", "name": "w", "mode": "managed", "attributes": attrs, "refs": []}

test_public_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "w", "publicly_accessible": true})]}
	count(findings) == 1
	some f in findings
	f.path == ["publicly_accessible"]
}

test_public_string_fails if {
	count(policy.deny) == 1 with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "w", "publicly_accessible": "true"})]}
}

test_private_or_unset_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		cluster({"cluster_identifier": "w", "publicly_accessible": false}),
		cluster({"cluster_identifier": "x"}),
	]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [cluster({"cluster_identifier": "w", "publicly_accessible": {"__unknown__": "var.public"}})]}
}
