# METADATA
# title: CloudFront distributions log requests
# description: Without access logs there is no record of who requested what from a distribution, which leaves abuse, scraping and incidents at the edge without evidence. Standard logging (logging_config) and standard logging v2 (a CloudWatch Logs delivery source for the distribution) both count.
# custom:
#   id: TG-AWS-CF-004
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AU-12"], pci-dss-4.0: ["10.2.1"]}
#   remediation: |
#     Write the distribution's access logs to a logging bucket:
#       resource "aws_cloudfront_distribution" "site" {
#         # ...
#         logging_config {
#           bucket          = aws_s3_bucket.cdn_logs.bucket_domain_name
#           prefix          = "site/"
#           include_cookies = false
#         }
#       }
package tollgate.terraform.cloudfront_logging

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_cloudfront_distribution")
	not lib.is_unknown(r.attributes)
	not has_block(r, "logging_config")
	not delivery_source_for(r)
	not unscoped_delivery_source
	finding := {
		"resource": r.address,
		"path": ["logging_config"],
		"message": sprintf("CloudFront distribution %s does not log requests: it has no logging_config and no log delivery source.", [r.address]),
	}
}

# delivery_source_for(r): a CloudWatch Logs delivery source (standard logging v2) reads the distribution.
delivery_source_for(r) if {
	some s in managed("aws_cloudwatch_log_delivery_source")
	same_resource(s.attributes.resource_arn.__ref__, r.address)
}

delivery_source_for(r) if {
	some s in managed("aws_cloudwatch_log_delivery_source")
	some ref in items(object.get(s, "refs", []))
	same_resource(ref, r.address)
}

# A delivery source whose resource cannot be known and names no resource may read any distribution.
unscoped_delivery_source if {
	some s in managed("aws_cloudwatch_log_delivery_source")
	lib.is_unknown(s.attributes.resource_arn)
	not s.attributes.resource_arn.__ref__
}

# has_block(r, name) is true when r has at least one `name` block, or one that cannot be known.
has_block(r, name) if is_object(r.attributes[name])

has_block(r, name) if {
	some blk in items(r.attributes[name])
	is_object(blk)
}

# same_resource(ref, address): ref names the resource at address, or all instances of its count/for_each.
same_resource(ref, address) if ref == address

same_resource(ref, address) if ref == regex.replace(address, `\[[^\]]*\]$`, "")

# managed(t) is the set of managed (not data) resources of type t.
managed(t) := {r | some r in input.resources; r.type == t; object.get(r, "mode", "managed") == "managed"; is_object(r.attributes)}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
