package tollgate.terraform.cloudfront_origin_https_test

import rego.v1

import data.tollgate.terraform.cloudfront_origin_https as origin

dist(origins) := {"address": "aws_cloudfront_distribution.site", "type": "aws_cloudfront_distribution", "name": "site", "mode": "managed", "attributes": {"origin": origins}, "refs": []}

custom(id, policy) := {"origin_id": id, "domain_name": "origin.example.com", "custom_origin_config": [{"http_port": 80, "https_port": 443, "origin_protocol_policy": policy}]}

test_http_only_origin_fails if {
	findings := origin.deny with input as {"kind": "terraform", "resources": [dist([custom("app", "https-only"), custom("legacy", "http-only")])]}
	count(findings) == 1
	some f in findings
	f.path == ["origin", 1, "custom_origin_config", 0, "origin_protocol_policy"]
	contains(f.message, "legacy")
}

test_https_and_s3_origins_pass if {
	count(origin.deny) == 0 with input as {"kind": "terraform", "resources": [dist([
		custom("app", "https-only"),
		custom("web", "match-viewer"),
		{"origin_id": "s3", "domain_name": "b.s3.eu-west-1.amazonaws.com", "origin_access_control_id": {"__unknown__": "aws_cloudfront_origin_access_control.s3.id"}},
	])]}
}

test_unknown_not_reported if {
	count(origin.deny) == 0 with input as {"kind": "terraform", "resources": [
		dist([custom("app", {"__unknown__": "var.origin_policy"})]),
		dist({"__unknown__": "dynamic"}),
	]}
}
