package tollgate.cloudformation.cloudfront_https_test

import rego.v1

import data.tollgate.cloudformation.cloudfront_https as cf

dist(config) := {"address": "Cdn", "type": "AWS::CloudFront::Distribution", "name": "Cdn", "attributes": {"DistributionConfig": config}, "refs": []}

test_default_behavior_allow_all_fails if {
	findings := cf.deny with input as {"kind": "cloudformation", "resources": [dist({"DefaultCacheBehavior": {"TargetOriginId": "s3", "ViewerProtocolPolicy": "allow-all"}})]}
	count(findings) == 1
	some f in findings
	f.path == ["DistributionConfig", "DefaultCacheBehavior", "ViewerProtocolPolicy"]
}

test_cache_behavior_allow_all_fails if {
	findings := cf.deny with input as {"kind": "cloudformation", "resources": [dist({
		"DefaultCacheBehavior": {"ViewerProtocolPolicy": "https-only"},
		"CacheBehaviors": [{"PathPattern": "/img/*", "ViewerProtocolPolicy": "allow-all"}],
	})]}
	count(findings) == 1
	some f in findings
	f.path == ["DistributionConfig", "CacheBehaviors", 0, "ViewerProtocolPolicy"]
}

test_https_passes if {
	count(cf.deny) == 0 with input as {"kind": "cloudformation", "resources": [dist({
		"DefaultCacheBehavior": {"ViewerProtocolPolicy": "redirect-to-https"},
		"CacheBehaviors": [{"PathPattern": "/img/*", "ViewerProtocolPolicy": "https-only"}],
	})]}
}

test_unknown_not_reported if {
	count(cf.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		dist({"DefaultCacheBehavior": {"ViewerProtocolPolicy": {"__unknown__": "Ref Policy"}}, "CacheBehaviors": {"__unknown__": "Fn::If"}}),
		{"address": "Other", "type": "AWS::CloudFront::Distribution", "name": "Other", "attributes": {"DistributionConfig": {"__unknown__": "Fn::If"}}, "refs": []},
	]}
}
