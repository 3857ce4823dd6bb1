package tollgate.terraform.opensearch_at_rest_test

import rego.v1

import data.tollgate.terraform.opensearch_at_rest as policy

domain(type, attrs) := {
	"address": sprintf("%s.search", [type]),
	"type": type,
	"name": "search",
	"mode": "managed",
	"attributes": object.union({"domain_name": "search"}, attrs),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_missing_block_fails if {
	findings := policy.deny with input as doc([domain("aws_opensearch_domain", {})])
	count(findings) == 1
	some f in findings
	f.path == ["encrypt_at_rest", 0, "enabled"]
}

test_disabled_fails_for_both_types if {
	count(policy.deny) == 2 with input as doc([
		domain("aws_opensearch_domain", {"encrypt_at_rest": [{"enabled": false}]}),
		domain("aws_elasticsearch_domain", {"encrypt_at_rest": [{"enabled": "false"}]}),
	])
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as doc([
		domain("aws_opensearch_domain", {"encrypt_at_rest": [{"enabled": true}]}),
		domain("aws_elasticsearch_domain", {"encrypt_at_rest": [{"enabled": "true", "kms_key_id": "alias/search"}]}),
	])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([
		domain("aws_opensearch_domain", {"encrypt_at_rest": {"__unknown__": "var.encryption"}}),
		domain("aws_opensearch_domain", {"encrypt_at_rest": [{"enabled": {"__unknown__": "var.encrypt"}}]}),
	])
}

test_data_source_ignored if {
	count(policy.deny) == 0 with input as doc([object.union(domain("aws_opensearch_domain", {}), {"mode": "data"})])
}
