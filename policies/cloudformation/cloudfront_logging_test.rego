package tollgate.cloudformation.cloudfront_logging_test

import rego.v1

import data.tollgate.cloudformation.cloudfront_logging as logging

dist(config) := {"address": "Cdn", "type": "AWS::CloudFront::Distribution", "name": "Cdn", "attributes": {"DistributionConfig": config}, "refs": []}

source(arn, refs) := {"address": "CdnLogs", "type": "AWS::Logs::DeliverySource", "name": "CdnLogs", "attributes": {"Name": "cdn", "LogType": "ACCESS_LOGS", "ResourceArn": arn}, "refs": refs}

test_no_logging_fails if {
	findings := logging.deny with input as {"kind": "cloudformation", "resources": [dist({"Enabled": true})]}
	count(findings) == 1
	some f in findings
	f.path == ["DistributionConfig", "Logging"]
}

test_source_for_existing_distribution_fails if {
	count(logging.deny) == 1 with input as {"kind": "cloudformation", "resources": [
		dist({"Enabled": true}),
		source("arn:aws:cloudfront::111122223333:distribution/E2EXAMPLE", []),
	]}
}

test_logging_passes if {
	count(logging.deny) == 0 with input as {"kind": "cloudformation", "resources": [dist({"Logging": {"Bucket": "logs.s3.amazonaws.com"}})]}
}

test_delivery_source_by_sub_passes if {
	count(logging.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		dist({"Enabled": true}),
		source({"__unknown__": "Fn::Sub arn:aws:cloudfront::${AWS::AccountId}:distribution/${Cdn}"}, ["Cdn"]),
	]}
}

test_unknown_not_reported if {
	count(logging.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		dist({"Logging": {"__unknown__": "Fn::If"}}),
		dist({"__unknown__": "Fn::If"}),
	]}
}
