package tollgate.terraform.opensearch_node_to_node_test

import rego.v1

import data.tollgate.terraform.opensearch_node_to_node as policy

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
	f.path == ["node_to_node_encryption", 0, "enabled"]
}

test_disabled_fails_for_both_types if {
	count(policy.deny) == 2 with input as doc([
		domain("aws_opensearch_domain", {"node_to_node_encryption": [{"enabled": false}]}),
		domain("aws_elasticsearch_domain", {"node_to_node_encryption": []}),
	])
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as doc([
		domain("aws_opensearch_domain", {"node_to_node_encryption": [{"enabled": true}]}),
		domain("aws_elasticsearch_domain", {"node_to_node_encryption": [{"enabled": "true"}]}),
	])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([
		domain("aws_opensearch_domain", {"node_to_node_encryption": {"__unknown__": "var.n2n"}}),
		domain("aws_elasticsearch_domain", {"node_to_node_encryption": [{"enabled": {"__unknown__": "var.n2n_enabled"}}]}),
	])
}
