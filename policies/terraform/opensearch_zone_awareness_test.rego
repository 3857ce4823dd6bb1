package tollgate.terraform.opensearch_zone_awareness_test

import rego.v1

import data.tollgate.terraform.opensearch_zone_awareness as policy

domain(type, attrs) := {
	"address": sprintf("%s.search", [type]),
	"type": type,
	"name": "search",
	"mode": "managed",
	"attributes": object.union({"domain_name": "search"}, attrs),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_default_single_zone_fails if {
	findings := policy.deny with input as doc([domain("aws_opensearch_domain", {})])
	count(findings) == 1
	some f in findings
	f.path == ["cluster_config", 0, "zone_awareness_enabled"]
}

test_zone_awareness_off_fails if {
	count(policy.deny) == 2 with input as doc([
		domain("aws_opensearch_domain", {"cluster_config": [{"instance_count": 3, "zone_awareness_enabled": false}]}),
		domain("aws_elasticsearch_domain", {"cluster_config": [{"instance_count": 2}]}),
	])
}

test_single_node_with_zone_awareness_fails if {
	findings := policy.deny with input as doc([domain("aws_opensearch_domain", {"cluster_config": [{"zone_awareness_enabled": true, "instance_count": "1"}]})])
	count(findings) == 1
	some f in findings
	f.path == ["cluster_config", 0, "instance_count"]
}

test_zone_aware_multi_node_passes if {
	count(policy.deny) == 0 with input as doc([
		domain("aws_opensearch_domain", {"cluster_config": [{"zone_awareness_enabled": true, "instance_count": 3}]}),
		domain("aws_elasticsearch_domain", {"cluster_config": [{"zone_awareness_enabled": "true", "instance_count": "2"}]}),
	])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([
		domain("aws_opensearch_domain", {"cluster_config": {"__unknown__": "var.cluster"}}),
		domain("aws_elasticsearch_domain", {"cluster_config": [{"zone_awareness_enabled": true, "instance_count": {"__unknown__": "var.nodes"}}]}),
	])
}
