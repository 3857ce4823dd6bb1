package tollgate.terraform.vpc_flow_logs_test

import rego.v1

import data.tollgate.terraform.vpc_flow_logs

res(type, address, attrs, refs) := {
	"address": address,
	"type": type,
	"name": "main",
	"mode": "managed",
	"module": "",
	"attributes": attrs,
	"refs": refs,
}

vpc(address) := res("aws_vpc", address, {"cidr_block": "10.0.0.0/16"}, [])

flow_log(vpc_id, refs) := res("aws_flow_log", "aws_flow_log.main", {"vpc_id": vpc_id, "traffic_type": "ALL"}, refs)

test_vpc_without_flow_log_fails if {
	findings := vpc_flow_logs.deny with input as {"kind": "terraform", "resources": [vpc("aws_vpc.main")]}
	count(findings) == 1
	some f in findings
	f.resource == "aws_vpc.main"
}

test_flow_log_for_another_vpc_fails if {
	count(vpc_flow_logs.deny) == 1 with input as {"kind": "terraform", "resources": [
		vpc("aws_vpc.main"),
		vpc("aws_vpc.other"),
		flow_log({"__unknown__": "aws_vpc.other.id", "__ref__": "aws_vpc.other"}, ["aws_vpc.other"]),
	]}
}

test_flow_log_by_ref_passes if {
	count(vpc_flow_logs.deny) == 0 with input as {"kind": "terraform", "resources": [
		vpc("module.net.aws_vpc.this[0]"),
		flow_log({"__unknown__": "aws_vpc.this[0].id", "__ref__": "module.net.aws_vpc.this[0]"}, ["module.net.aws_vpc.this[0]"]),
	]}
}

test_flow_log_for_all_instances_passes if {
	count(vpc_flow_logs.deny) == 0 with input as {"kind": "terraform", "resources": [
		vpc("aws_vpc.main[\"a\"]"),
		flow_log({"__unknown__": "each.value.id", "__ref__": "aws_vpc.main"}, ["aws_vpc.main"]),
	]}
}

test_unknown_flow_log_vpc_not_reported if {
	count(vpc_flow_logs.deny) == 0 with input as {"kind": "terraform", "resources": [
		vpc("aws_vpc.main"),
		flow_log({"__unknown__": "var.vpc_id"}, []),
	]}
}

test_data_source_vpc_ignored if {
	count(vpc_flow_logs.deny) == 0 with input as {"kind": "terraform", "resources": [{
		"address": "data.aws_vpc.main", "type": "aws_vpc", "name": "main", "mode": "data",
		"attributes": {"default": true}, "refs": [],
	}]}
}
