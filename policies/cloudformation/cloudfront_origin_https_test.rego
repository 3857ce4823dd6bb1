package tollgate.cloudformation.cloudfront_origin_https_test

import rego.v1

import data.tollgate.cloudformation.cloudfront_origin_https as origin

dist(origins) := {"address": "Cdn", "type": "AWS::CloudFront::Distribution", "name": "Cdn", "attributes": {"DistributionConfig": {"Origins": origins}}, "refs": []}

test_http_only_origin_fails if {
	findings := origin.deny with input as {"kind": "cloudformation", "resources": [dist([{"Id": "app", "DomainName": "o.example.com", "CustomOriginConfig": {"OriginProtocolPolicy": "http-only"}}])]}
	count(findings) == 1
	some f in findings
	f.path == ["DistributionConfig", "Origins", 0, "CustomOriginConfig", "OriginProtocolPolicy"]
}

test_https_and_s3_origins_pass if {
	count(origin.deny) == 0 with input as {"kind": "cloudformation", "resources": [dist([
		{"Id": "app", "DomainName": "o.example.com", "CustomOriginConfig": {"OriginProtocolPolicy": "https-only"}},
		{"Id": "s3", "DomainName": "b.s3.amazonaws.com", "S3OriginConfig": {"OriginAccessIdentity": ""}, "OriginAccessControlId": "E1"},
	])]}
}

test_unknown_not_reported if {
	count(origin.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		dist([{"Id": "app", "CustomOriginConfig": {"OriginProtocolPolicy": {"__unknown__": "Ref Policy"}}}]),
		dist({"__unknown__": "Fn::If"}),
	]}
}
