# METADATA
# title: CloudFront distributions use a WAF
# description: A distribution without a web ACL passes every request, including injection attempts, known bad bots and request floods, straight to the origin. AWS WAF web ACLs for CloudFront are attached only through the distribution's web_acl_id.
# custom:
#   id: TG-AWS-CF-003
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-7"], pci-dss-4.0: ["6.4.2"], aws-well-architected: ["SEC05"]}
#   remediation: |
#     Attach a WAFv2 web ACL of CLOUDFRONT scope (created in us-east-1):
#       resource "aws_cloudfront_distribution" "site" {
#         # ...
#         web_acl_id = aws_wafv2_web_acl.edge.arn
#       }
package tollgate.terraform.cloudfront_waf

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in input.resources
	r.type == "aws_cloudfront_distribution"
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	object.get(r.attributes, "web_acl_id", null) in {null, ""}
	finding := {
		"resource": r.address,
		"path": ["web_acl_id"],
		"message": sprintf("CloudFront distribution %s has no WAF web ACL (web_acl_id).", [r.address]),
	}
}
