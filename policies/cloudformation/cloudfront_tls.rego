# METADATA
# title: CloudFront uses TLS 1.2 or newer
# description: |
#   The viewer security policy sets the oldest protocol CloudFront accepts from viewers. The
#   default certificate (*.cloudfront.net, also used when ViewerCertificate is absent) always
#   accepts TLS 1.0, and a custom certificate without MinimumProtocolVersion gets TLSv1. The
#   minimum comes from the organization's minimum_tls_version ("1.2" by default; "1.3"
#   requires a TLSv1.3 security policy).
# custom:
#   id: TG-AWS-CF-002
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-8"], pci-dss-4.0: ["4.2.1"]}
#   remediation: |
#     Serve the distribution with your own certificate and a TLS 1.2+ security policy:
#       DistributionConfig:
#         Aliases: [www.example.com]
#         ViewerCertificate:
#           AcmCertificateArn: !Ref SiteCertificateArn
#           SslSupportMethod: sni-only
#           MinimumProtocolVersion: TLSv1.2_2021
package tollgate.cloudformation.cloudfront_tls

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in distributions
	not "ViewerCertificate" in object.keys(r.attributes.DistributionConfig)
	finding := {
		"resource": r.address,
		"path": ["DistributionConfig", "ViewerCertificate"],
		"message": sprintf("CloudFront distribution %s has no ViewerCertificate, so it uses the default CloudFront certificate, which always accepts TLS 1.0; the minimum is TLS %s.", [r.address, minimum]),
	}
}

deny contains finding if {
	some r in distributions
	vc := r.attributes.DistributionConfig.ViewerCertificate
	is_object(vc)
	is_true(vc.CloudFrontDefaultCertificate)
	finding := {
		"resource": r.address,
		"path": ["DistributionConfig", "ViewerCertificate", "CloudFrontDefaultCertificate"],
		"message": sprintf("CloudFront distribution %s uses the default CloudFront certificate, which always accepts TLS 1.0; the minimum is TLS %s.", [r.address, minimum]),
	}
}

deny contains finding if {
	some r in distributions
	vc := r.attributes.DistributionConfig.ViewerCertificate
	known_object(vc)
	not_default_certificate(object.get(vc, "CloudFrontDefaultCertificate", null))
	version := object.get(vc, "MinimumProtocolVersion", null)
	not lib.is_unknown(version)
	not acceptable(version)
	finding := {
		"resource": r.address,
		"path": ["DistributionConfig", "ViewerCertificate", "MinimumProtocolVersion"],
		"message": message(r, version),
	}
}

message(r, version) := sprintf("CloudFront distribution %s sets no MinimumProtocolVersion, so viewers may connect with TLS 1.0 (TLSv1); the minimum is TLS %s.", [r.address, minimum]) if version in {null, ""}

message(r, version) := sprintf("CloudFront distribution %s uses security policy %v, which accepts protocols older than TLS %s.", [r.address, version, minimum]) if not version in {null, ""}

distributions := {r |
	some r in lib.resources("AWS::CloudFront::Distribution")
	is_object(r.attributes)
	known_object(r.attributes.DistributionConfig)
}

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

known_object(x) if {
	is_object(x)
	not lib.is_unknown(x)
}

# is_true(x) is a known true, as a boolean or as the string templates often use.
is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}
