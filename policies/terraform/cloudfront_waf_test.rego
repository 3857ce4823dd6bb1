package tollgate.terraform.cloudfront_waf_test

import rego.v1

import data.tollgate.terraform.cloudfront_waf as waf

dist(attrs) := {"address": "aws_cloudfront_distribution.site", "type": "aws_cloudfront_distribution", "name": "site", "mode": "managed", "attributes": attrs, "refs": []}

test_missing_web_acl_fails if {
	findings := waf.deny with input as {"kind": "terraform", "resources": [dist({"enabled": true})]}
	count(findings) == 1
	some f in findings
	f.path == ["web_acl_id"]
}

test_empty_web_acl_fails if {
	count(waf.deny) == 1 with input as {"kind": "terraform", "resources": [dist({"enabled": true, "web_acl_id": ""})]}
}

test_web_acl_passes if {
	count(waf.deny) == 0 with input as {"kind": "terraform", "resources": [
		dist({"web_acl_id": {"__unknown__": "aws_wafv2_web_acl.edge.arn", "__ref__": "aws_wafv2_web_acl.edge"}}),
		dist({"web_acl_id": "arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/abc"}),
	]}
}

test_unknown_not_reported if {
	count(waf.deny) == 0 with input as {"kind": "terraform", "resources": [dist({"web_acl_id": {"__unknown__": "var.web_acl_arn"}})]}
}
