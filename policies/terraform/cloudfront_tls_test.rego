package tollgate.terraform.cloudfront_tls_test

import rego.v1

import data.tollgate.terraform.cloudfront_tls as tls

dist(vc) := {"address": "aws_cloudfront_distribution.site", "type": "aws_cloudfront_distribution", "name": "site", "mode": "managed", "attributes": {"enabled": true, "viewer_certificate": [vc]}, "refs": []}

acm := "arn:aws:acm:us-east-1:111122223333:certificate/abc"

test_default_certificate_fails if {
	findings := tls.deny with input as {"kind": "terraform", "resources": [dist({"cloudfront_default_certificate": true})]}
	count(findings) == 1
	some f in findings
	f.path == ["viewer_certificate", 0, "cloudfront_default_certificate"]
}

test_missing_minimum_fails if {
	findings := tls.deny with input as {"kind": "terraform", "resources": [dist({"acm_certificate_arn": acm, "ssl_support_method": "sni-only"})]}
	count(findings) == 1
	some f in findings
	f.path == ["viewer_certificate", 0, "minimum_protocol_version"]
}

test_old_policy_fails if {
	count(tls.deny) == 1 with input as {"kind": "terraform", "resources": [dist({"acm_certificate_arn": acm, "minimum_protocol_version": "TLSv1.1_2016"})]}
}

test_tls12_policies_pass if {
	count(tls.deny) == 0 with input as {"kind": "terraform", "resources": [
		dist({"acm_certificate_arn": acm, "cloudfront_default_certificate": false, "minimum_protocol_version": "TLSv1.2_2019"}),
		dist({"acm_certificate_arn": acm, "minimum_protocol_version": "TLSv1.2_2021"}),
		dist({"acm_certificate_arn": acm, "minimum_protocol_version": "TLSv1.3_2025"}),
	]}
}

test_organization_tls13_rejects_tls12 if {
	findings := tls.deny with input as {"kind": "terraform", "resources": [dist({"acm_certificate_arn": acm, "minimum_protocol_version": "TLSv1.2_2021"})]}
		with data.tollgate.organization as {"minimum_tls_version": "1.3"}
	count(findings) == 1
	some f in findings
	contains(f.message, "TLS 1.3")
}

test_organization_tls13_accepts_tls13 if {
	count(tls.deny) == 0 with input as {"kind": "terraform", "resources": [dist({"acm_certificate_arn": acm, "minimum_protocol_version": "TLSv1.3_2025"})]}
		with data.tollgate.organization as {"minimum_tls_version": "1.3"}
}

test_unknown_not_reported if {
	count(tls.deny) == 0 with input as {"kind": "terraform", "resources": [
		dist({"acm_certificate_arn": acm, "minimum_protocol_version": {"__unknown__": "var.tls_policy"}}),
		dist({"cloudfront_default_certificate": {"__unknown__": "var.default_cert"}, "minimum_protocol_version": "TLSv1"}),
		dist({"__unknown__": "dynamic"}),
	]}
}
