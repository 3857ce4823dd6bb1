package tollgate.cloudformation.cloudfront_waf_test

import rego.v1

import data.tollgate.cloudformation.cloudfront_waf as waf

dist(config) := {"address": "Cdn", "type": "AWS::CloudFront::Distribution", "name": "Cdn", "attributes": {"DistributionConfig": config}, "refs": []}

test_missing_web_acl_fails if {
	findings := waf.deny with input as {"kind": "cloudformation", "resources": [dist({"Enabled": true})]}
	count(findings) == 1
	some f in findings
	f.path == ["DistributionConfig", "WebACLId"]
}

test_web_acl_passes if {
	count(waf.deny) == 0 with input as {"kind": "cloudformation", "resources": [dist({"Enabled": true, "WebACLId": {"__unknown__": "Fn::GetAtt [\"Waf\",\"Arn\"]", "__ref__": "Waf"}})]}
}

test_unknown_not_reported if {
	count(waf.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		dist({"WebACLId": {"__unknown__": "Fn::If [\"HasWaf\",...]"}}),
		dist({"__unknown__": "Fn::If"}),
	]}
}
