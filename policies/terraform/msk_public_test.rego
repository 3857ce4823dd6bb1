package tollgate.terraform.msk_public_test

import rego.v1

import data.tollgate.terraform.msk_public as policy

cluster(access) := {"address": "aws_msk_cluster.k", "type": "aws_msk_cluster", "name": "k", "mode": "managed", "refs": [], "attributes": {
	"cluster_name": "k",
	"broker_node_group_info": [{"instance_type": "kafka.m5.large", "connectivity_info": [{"public_access": [access]}]}],
}}

test_public_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [cluster({"type": "SERVICE_PROVIDED_EIPS"})]}
	count(findings) == 1
	some f in findings
	f.path == ["broker_node_group_info", 0, "connectivity_info", 0, "public_access", 0, "type"]
}

test_disabled_or_absent_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		cluster({"type": "DISABLED"}),
		{"address": "aws_msk_cluster.j", "type": "aws_msk_cluster", "name": "j", "mode": "managed", "refs": [], "attributes": {"cluster_name": "j", "broker_node_group_info": [{"instance_type": "kafka.m5.large"}]}},
	]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		cluster({"type": {"__unknown__": "var.public_access"}}),
		{"address": "aws_msk_cluster.j", "type": "aws_msk_cluster", "name": "j", "mode": "managed", "refs": [], "attributes": {"cluster_name": "j", "broker_node_group_info": {"__unknown__": "var.brokers"}}},
	]}
}
