package tollgate.terraform.allowed_regions_test

import rego.v1

import data.tollgate.terraform.allowed_regions as rule

org := {"allowed_regions": ["eu-west-1", "us-west-2"]}

resource(type, name, attrs) := {"address": sprintf("%s.%s", [type, name]), "type": type, "name": name, "mode": "managed", "attributes": attrs, "refs": []}

test_zone_outside_allowed_regions_fails if {
	findings := rule.deny with input as {"kind": "terraform", "resources": [resource("aws_subnet", "a", {"vpc_id": "vpc-1", "availability_zone": "ap-south-1a"})]}
		with data.tollgate.organization as org
	count(findings) == 1
	some f in findings
	f.path == ["availability_zone"]
	contains(f.message, "ap-south-1a")
}

test_region_and_zone_list_fail if {
	findings := rule.deny with input as {"kind": "terraform", "resources": [
		resource("aws_s3_bucket", "b", {"bucket": "b", "region": "us-east-1"}),
		resource("aws_autoscaling_group", "g", {"availability_zones": ["eu-west-1a", "sa-east-1b"]}),
	]}
		with data.tollgate.organization as org
	{[f.resource, f.path] | some f in findings} == {["aws_s3_bucket.b", ["region"]], ["aws_autoscaling_group.g", ["availability_zones", 1]]}
}

test_allowed_regions_and_local_zone_pass if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_subnet", "a", {"availability_zone": "eu-west-1b"}),
		resource("aws_subnet", "lax", {"availability_zone": "us-west-2-lax-1a"}),
		resource("aws_ebs_volume", "v", {"availability_zone": "us-west-2c", "size": 10}),
		resource("google_compute_subnetwork", "s", {"region": "us-central1"}),
	]}
		with data.tollgate.organization as org
}

test_unknown_and_data_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_subnet", "a", {"availability_zone": {"__unknown__": "data.aws_availability_zones.all.names[0]"}}),
		object.union(resource("aws_subnet", "b", {"availability_zone": "ap-south-1a"}), {"mode": "data"}),
		resource("aws_subnet", "c", {"availability_zone_id": "aps1-az1"}),
	]}
		with data.tollgate.organization as org
}

test_empty_list_allows_any if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [resource("aws_subnet", "a", {"availability_zone": "ap-south-1a"})]}
		with data.tollgate.organization as {"allowed_regions": []}
}

test_organization_without_allowed_regions if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [resource("aws_subnet", "a", {"availability_zone": "ap-south-1a"})]}
		with data.tollgate.organization as {}
}
