# METADATA
# title: CloudFront talks HTTPS to custom origins
# description: With the http-only origin protocol policy CloudFront forwards every request, including cookies and credentials, to the origin over plain HTTP across the internet, even when viewers used HTTPS. S3 origins (s3_origin_config or origin access control) are not affected.
# custom:
#   id: TG-AWS-CF-005
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-8"]}
#   remediation: |
#     Connect to the origin over HTTPS:
#       origin {
#         origin_id   = "app"
#         domain_name = "origin.example.com"
#         custom_origin_config {
#           http_port              = 80
#           https_port             = 443
#           origin_protocol_policy = "https-only"
#           origin_ssl_protocols   = ["TLSv1.2"]
#         }
#       }
package tollgate.terraform.cloudfront_origin_https

import rego.v1

deny contains finding if {
	some r in input.resources
	r.type == "aws_cloudfront_distribution"
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	some i, origin in items(r.attributes.origin)
	is_object(origin)
	some j, config in items(origin.custom_origin_config)
	is_object(config)
	policy := config.origin_protocol_policy
	is_string(policy)
	lower(policy) == "http-only"
	finding := {
		"resource": r.address,
		"path": ["origin", i, "custom_origin_config", j, "origin_protocol_policy"],
		"message": sprintf("CloudFront distribution %s connects to origin %s over plain HTTP (origin_protocol_policy http-only).", [r.address, origin_name(origin)]),
	}
}

origin_name(origin) := origin.origin_id if is_string(origin.origin_id)

origin_name(origin) := "(unnamed)" if not is_string(origin.origin_id)

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
