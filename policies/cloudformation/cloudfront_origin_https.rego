# METADATA
# title: CloudFront talks HTTPS to custom origins
# description: With the http-only origin protocol policy CloudFront forwards every request, including cookies and credentials, to the origin over plain HTTP across the internet, even when viewers used HTTPS. S3 origins (S3OriginConfig or origin access control) are not affected.
# custom:
#   id: TG-AWS-CF-005
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-8"]}
#   remediation: |
#     Connect to the origin over HTTPS:
#       Origins:
#         - Id: app
#           DomainName: origin.example.com
#           CustomOriginConfig:
#             OriginProtocolPolicy: https-only
#             OriginSSLProtocols: [TLSv1.2]
package tollgate.cloudformation.cloudfront_origin_https

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::CloudFront::Distribution")
	some i, origin in items(r.attributes.DistributionConfig.Origins)
	is_object(origin)
	policy := origin.CustomOriginConfig.OriginProtocolPolicy
	is_string(policy)
	lower(policy) == "http-only"
	finding := {
		"resource": r.address,
		"path": ["DistributionConfig", "Origins", i, "CustomOriginConfig", "OriginProtocolPolicy"],
		"message": sprintf("CloudFront distribution %s connects to origin %s over plain HTTP (OriginProtocolPolicy http-only).", [r.address, origin_name(origin)]),
	}
}

origin_name(origin) := origin.Id if is_string(origin.Id)

origin_name(origin) := "(unnamed)" if not is_string(origin.Id)

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
