package tollgate.cloudformation.route53_health_check_test

import rego.v1

import data.tollgate.cloudformation.route53_health_check as r53

record_set(props) := {"address": "Primary", "type": "AWS::Route53::RecordSet", "name": "Primary", "attributes": object.union({"Name": "app.example.com", "Type": "A"}, props), "refs": []}

test_primary_without_health_check_fails if {
	findings := r53.deny with input as {"kind": "cloudformation", "resources": [record_set({"Failover": "PRIMARY", "SetIdentifier": "p", "ResourceRecords": ["203.0.113.10"]})]}
	count(findings) == 1
	some f in findings
	f.path == ["HealthCheckId"]
}

test_group_primary_without_health_check_fails if {
	findings := r53.deny with input as {"kind": "cloudformation", "resources": [{"address": "Records", "type": "AWS::Route53::RecordSetGroup", "name": "Records", "attributes": {"RecordSets": [
		{"Name": "app.example.com", "Type": "A", "Failover": "SECONDARY", "SetIdentifier": "s", "ResourceRecords": ["203.0.113.20"]},
		{"Name": "app.example.com", "Type": "A", "Failover": "PRIMARY", "SetIdentifier": "p", "AliasTarget": {"DNSName": "lb", "HostedZoneId": "Z", "EvaluateTargetHealth": "false"}},
	]}, "refs": []}]}
	count(findings) == 1
	some f in findings
	f.path == ["RecordSets", 1, "HealthCheckId"]
}

test_covered_records_pass if {
	count(r53.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		record_set({"Failover": "PRIMARY", "HealthCheckId": {"__unknown__": "Ref Check", "__ref__": "Check"}}),
		record_set({"Failover": "PRIMARY", "AliasTarget": {"DNSName": "lb", "EvaluateTargetHealth": true}}),
		record_set({"Failover": "SECONDARY"}),
	]}
}

test_unknown_not_reported if {
	count(r53.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		record_set({"Failover": {"__unknown__": "Ref Role"}}),
		record_set({"Failover": "PRIMARY", "AliasTarget": {"__unknown__": "Fn::If"}}),
	]}
}
