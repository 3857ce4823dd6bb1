package tollgate.cloudformation.cloudfront_tls_test

import rego.v1

import data.tollgate.cloudformation.cloudfront_tls as tls

dist(config) := {"address": "Cdn", "type": "AWS::CloudFront::Distribution", "name": "Cdn", "attributes": {"DistributionConfig": config}, "refs": []}

acm := "arn:aws:acm:us-east-1:111122223333:certificate/abc"

test_missing_viewer_certificate_fails if {
	findings := tls.deny with input as {"kind": "cloudformation", "resources": [dist({"Enabled": true})]}
	count(findings) == 1
	some f in findings
	f.path == ["DistributionConfig", "ViewerCertificate"]
}

test_default_certificate_fails if {
	count(tls.deny) == 1 with input as {"kind": "cloudformation", "resources": [dist({"ViewerCertificate": {"CloudFrontDefaultCertificate": "true"}})]}
}

test_old_or_missing_policy_fails if {
	count(tls.deny) == 2 with input as {"kind": "cloudformation", "resources": [
		dist({"ViewerCertificate": {"AcmCertificateArn": acm, "SslSupportMethod": "sni-only", "MinimumProtocolVersion": "TLSv1_2016"}}),
		dist({"ViewerCertificate": {"AcmCertificateArn": acm, "SslSupportMethod": "sni-only"}}),
	]}
}

test_tls12_passes if {
	count(tls.deny) == 0 with input as {"kind": "cloudformation", "resources": [dist({"ViewerCertificate": {"AcmCertificateArn": acm, "MinimumProtocolVersion": "TLSv1.2_2018"}})]}
}

test_organization_tls13 if {
	count(tls.deny) == 1 with input as {"kind": "cloudformation", "resources": [
		dist({"ViewerCertificate": {"AcmCertificateArn": acm, "MinimumProtocolVersion": "TLSv1.2_2021"}}),
		dist({"ViewerCertificate": {"AcmCertificateArn": acm, "MinimumProtocolVersion": "TLSv1.3_2025"}}),
	]}
		with data.tollgate.organization as {"minimum_tls_version": "1.3"}
}

test_unknown_not_reported if {
	count(tls.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		dist({"ViewerCertificate": {"__unknown__": "Fn::If"}}),
		dist({"ViewerCertificate": {"AcmCertificateArn": acm, "MinimumProtocolVersion": {"__unknown__": "Ref TlsPolicy"}}}),
		{"address": "Other", "type": "AWS::CloudFront::Distribution", "name": "Other", "attributes": {"DistributionConfig": {"__unknown__": "Fn::If"}}, "refs": []},
	]}
}
