package tollgate.terraform.route53_health_check_test

import rego.v1

import data.tollgate.terraform.route53_health_check as r53

record(address, attrs) := {"address": address, "type": "aws_route53_record", "name": "r", "mode": "managed", "attributes": object.union({"name": "app.example.com", "type": "A"}, attrs), "refs": []}

test_primary_without_health_check_fails if {
	findings := r53.deny with input as {"kind": "terraform", "resources": [record("aws_route53_record.primary", {"records": ["203.0.113.10"], "failover_routing_policy": [{"type": "PRIMARY"}]})]}
	count(findings) == 1
	some f in findings
	f.path == ["health_check_id"]
}

test_alias_without_evaluation_fails if {
	count(r53.deny) == 1 with input as {"kind": "terraform", "resources": [record("aws_route53_record.primary", {
		"alias": [{"name": "lb.example.com", "zone_id": "Z1", "evaluate_target_health": false}],
		"failover_routing_policy": [{"type": "primary"}],
	})]}
}

test_covered_records_pass if {
	count(r53.deny) == 0 with input as {"kind": "terraform", "resources": [
		record("aws_route53_record.a", {"health_check_id": {"__unknown__": "aws_route53_health_check.a.id"}, "failover_routing_policy": [{"type": "PRIMARY"}]}),
		record("aws_route53_record.b", {"alias": [{"evaluate_target_health": true}], "failover_routing_policy": [{"type": "PRIMARY"}]}),
		record("aws_route53_record.c", {"records": ["203.0.113.20"], "failover_routing_policy": [{"type": "SECONDARY"}]}),
		record("aws_route53_record.d", {"records": ["203.0.113.30"]}),
	]}
}

test_unknown_not_reported if {
	count(r53.deny) == 0 with input as {"kind": "terraform", "resources": [
		record("aws_route53_record.a", {"failover_routing_policy": [{"type": {"__unknown__": "var.role"}}]}),
		record("aws_route53_record.b", {"alias": [{"evaluate_target_health": {"__unknown__": "var.evaluate"}}], "failover_routing_policy": [{"type": "PRIMARY"}]}),
	]}
}
