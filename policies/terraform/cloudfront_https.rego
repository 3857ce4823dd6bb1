# METADATA
# title: CloudFront requires HTTPS from viewers
# description: A cache behavior with the allow-all viewer protocol policy serves content, cookies and credentials over plain HTTP, where they can be read and altered in transit. redirect-to-https and https-only keep viewers on HTTPS.
# custom:
#   id: TG-AWS-CF-001
#   severity: high
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-8"], pci-dss-4.0: ["4.2.1"]}
#   remediation: |
#     Redirect viewers to HTTPS in every cache behavior:
#       default_cache_behavior {
#         target_origin_id       = "app"
#         allowed_methods        = ["GET", "HEAD"]
#         cached_methods         = ["GET", "HEAD"]
#         cache_policy_id        = data.aws_cloudfront_cache_policy.optimized.id
#         viewer_protocol_policy = "redirect-to-https"
#       }
package tollgate.terraform.cloudfront_https

import rego.v1

deny contains finding if {
	some b in behaviors
	policy := b.behavior.viewer_protocol_policy
	is_string(policy)
	lower(policy) == "allow-all"
	finding := {
		"resource": b.resource,
		"path": array.concat(b.path, ["viewer_protocol_policy"]),
		"message": sprintf("CloudFront distribution %s accepts plain HTTP in %s (viewer_protocol_policy allow-all).", [b.resource, b.name]),
	}
}

# behaviors: every cache behavior of every distribution, with its path and a name for messages.
behaviors contains {"resource": r.address, "path": ["default_cache_behavior", i], "behavior": b, "name": "its default cache behavior"} if {
	some r in distributions
	some i, b in items(r.attributes.default_cache_behavior)
	is_object(b)
}

behaviors contains {"resource": r.address, "path": ["ordered_cache_behavior", i], "behavior": b, "name": name} if {
	some r in distributions
	some i, b in items(r.attributes.ordered_cache_behavior)
	is_object(b)
	name := pattern_name(b)
}

pattern_name(b) := sprintf("the cache behavior for %s", [b.path_pattern]) if is_string(b.path_pattern)

pattern_name(b) := "an ordered cache behavior" if not is_string(b.path_pattern)

distributions := {r | some r in input.resources; r.type == "aws_cloudfront_distribution"; object.get(r, "mode", "managed") == "managed"; is_object(r.attributes)}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
