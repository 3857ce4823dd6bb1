# METADATA
# title: CloudFront distributions use a WAF
# description: A distribution without a web ACL passes every request, including injection attempts, known bad bots and request floods, straight to the origin. AWS WAF web ACLs for CloudFront are attached only through the distribution's WebACLId.
# custom:
#   id: TG-AWS-CF-003
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-7"], pci-dss-4.0: ["6.4.2"], aws-well-architected: ["SEC05"]}
#   remediation: |
#     Attach a WAFv2 web ACL of CLOUDFRONT scope (created in us-east-1):
#       DistributionConfig:
#         WebACLId: !GetAtt EdgeWebAcl.Arn
package tollgate.cloudformation.cloudfront_waf

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::CloudFront::Distribution")
	config := r.attributes.DistributionConfig
	is_object(config)
	not lib.is_unknown(config)
	object.get(config, "WebACLId", null) in {null, ""}
	finding := {
		"resource": r.address,
		"path": ["DistributionConfig", "WebACLId"],
		"message": sprintf("CloudFront distribution %s has no WAF web ACL (WebACLId).", [r.address]),
	}
}
