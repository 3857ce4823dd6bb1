# METADATA
# title: CloudFront uses TLS 1.2 or newer
# description: |
#   The viewer security policy sets the oldest protocol CloudFront accepts from viewers. The
#   default certificate (*.cloudfront.net) always accepts TLS 1.0, and a custom certificate
#   without minimum_protocol_version gets TLSv1. The minimum comes from the organization's
#   minimum_tls_version ("1.2" by default; "1.3" requires a TLSv1.3 security policy).
# custom:
#   id: TG-AWS-CF-002
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-8"], pci-dss-4.0: ["4.2.1"]}
#   remediation: |
#     Serve the distribution with your own certificate and a TLS 1.2+ security policy:
#       viewer_certificate {
#         acm_certificate_arn      = aws_acm_certificate.site.arn
#         ssl_support_method       = "sni-only"
#         minimum_protocol_version = "TLSv1.2_2021"
#       }
package tollgate.terraform.cloudfront_tls

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in distributions
	some i, vc in items(r.attributes.viewer_certificate)
	is_object(vc)
	is_true(vc.cloudfront_default_certificate)
	finding := {
		"resource": r.address,
		"path": ["viewer_certificate", i, "cloudfront_default_certificate"],
		"message": sprintf("CloudFront distribution %s uses the default CloudFront certificate, which always accepts TLS 1.0; the minimum is TLS %s.", [r.address, minimum]),
	}
}

deny contains finding if {
	some r in distributions
	some i, vc in items(r.attributes.viewer_certificate)
	is_object(vc)
	not lib.is_unknown(vc)
	not_default_certificate(object.get(vc, "cloudfront_default_certificate", null))
	version := object.get(vc, "minimum_protocol_version", null)
	not lib.is_unknown(version)
	not acceptable(version)
	finding := {
		"resource": r.address,
		"path": ["viewer_certificate", i, "minimum_protocol_version"],
		"message": message(r, version),
	}
}

message(r, version) := sprintf("CloudFront distribution %s sets no minimum_protocol_version, so viewers may connect with TLS 1.0 (TLSv1); the minimum is TLS %s.", [r.address, minimum]) if version in {null, ""}

message(r, version) := sprintf("CloudFront distribution %s uses security policy %v, which accepts protocols older than TLS %s.", [r.address, version, minimum]) if not version in {null, ""}

not_default_certificate(x) if x == null

not_default_certificate(x) if x == false

not_default_certificate(x) if {
	is_string(x)
	lower(x) == "false"
}

# minimum is the organization's lowest accepted TLS version, "1.2" or "1.3".
default minimum := "1.2"

minimum := "1.3" if tls13_required

tls13_required if data.tollgate.organization.minimum_tls_version == "1.3"

tls13_required if data.tollgate.organization.minimum_tls_version == 1.3

# acceptable(version): a security policy whose oldest protocol meets the minimum.
# CloudFront's policies are TLSv1.2_2018 … TLSv1.2_2025 and TLSv1.3_2025.
acceptable(version) if {
	is_string(version)
	minimum == "1.2"
	regex.match(`^TLSv1\.[2-9]_`, version)
}

acceptable(version) if {
	is_string(version)
	minimum == "1.3"
	regex.match(`^TLSv1\.[3-9]_`, version)
}

distributions := {r | some r in input.resources; r.type == "aws_cloudfront_distribution"; object.get(r, "mode", "managed") == "managed"; is_object(r.attributes)}

# is_true(x) is a known true, as a boolean or as the string HCL coerces to one.
is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
