package tollgate.terraform.cloudfront_https_test

import rego.v1

import data.tollgate.terraform.cloudfront_https as cf

dist(attrs) := {"address": "aws_cloudfront_distribution.site", "type": "aws_cloudfront_distribution", "name": "site", "mode": "managed", "attributes": attrs, "refs": []}

test_default_behavior_allow_all_fails if {
	findings := cf.deny with input as {"kind": "terraform", "resources": [dist({"default_cache_behavior": [{"target_origin_id": "s3", "viewer_protocol_policy": "allow-all"}]})]}
	count(findings) == 1
	some f in findings
	f.path == ["default_cache_behavior", 0, "viewer_protocol_policy"]
}

test_ordered_behavior_allow_all_fails if {
	findings := cf.deny with input as {"kind": "terraform", "resources": [dist({
		"default_cache_behavior": [{"viewer_protocol_policy": "redirect-to-https"}],
		"ordered_cache_behavior": [{"path_pattern": "/api/*", "viewer_protocol_policy": "https-only"}, {"path_pattern": "/legacy/*", "viewer_protocol_policy": "allow-all"}],
	})]}
	count(findings) == 1
	some f in findings
	f.path == ["ordered_cache_behavior", 1, "viewer_protocol_policy"]
	contains(f.message, "/legacy/*")
}

test_https_behaviors_pass if {
	count(cf.deny) == 0 with input as {"kind": "terraform", "resources": [dist({
		"default_cache_behavior": [{"viewer_protocol_policy": "redirect-to-https"}],
		"ordered_cache_behavior": [{"path_pattern": "/api/*", "viewer_protocol_policy": "https-only"}],
	})]}
}

test_unknown_not_reported if {
	count(cf.deny) == 0 with input as {"kind": "terraform", "resources": [dist({
		"default_cache_behavior": [{"viewer_protocol_policy": {"__unknown__": "var.policy"}}],
		"ordered_cache_behavior": {"__unknown__": "dynamic"},
	})]}
}
