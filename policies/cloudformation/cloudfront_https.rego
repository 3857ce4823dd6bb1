# METADATA
# title: CloudFront requires HTTPS from viewers
# description: A cache behavior with the allow-all viewer protocol policy serves content, cookies and credentials over plain HTTP, where they can be read and altered in transit. redirect-to-https and https-only keep viewers on HTTPS.
# custom:
#   id: TG-AWS-CF-001
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-8"], pci-dss-4.0: ["4.2.1"]}
#   remediation: |
#     Redirect viewers to HTTPS in every cache behavior:
#       DistributionConfig:
#         DefaultCacheBehavior:
#           TargetOriginId: app
#           CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6
#           ViewerProtocolPolicy: redirect-to-https
package tollgate.cloudformation.cloudfront_https

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some b in behaviors
	policy := b.behavior.ViewerProtocolPolicy
	is_string(policy)
	lower(policy) == "allow-all"
	finding := {
		"resource": b.resource,
		"path": array.concat(b.path, ["ViewerProtocolPolicy"]),
		"message": sprintf("CloudFront distribution %s accepts plain HTTP in %s (ViewerProtocolPolicy allow-all).", [b.resource, b.name]),
	}
}

# behaviors: every cache behavior of every distribution, with its path and a name for messages.
behaviors contains {"resource": r.address, "path": ["DistributionConfig", "DefaultCacheBehavior"], "behavior": b, "name": "its default cache behavior"} if {
	some r in lib.resources("AWS::CloudFront::Distribution")
	b := r.attributes.DistributionConfig.DefaultCacheBehavior
	is_object(b)
}

behaviors contains {"resource": r.address, "path": ["DistributionConfig", "CacheBehaviors", i], "behavior": b, "name": name} if {
	some r in lib.resources("AWS::CloudFront::Distribution")
	some i, b in items(r.attributes.DistributionConfig.CacheBehaviors)
	is_object(b)
	name := pattern_name(b)
}

pattern_name(b) := sprintf("the cache behavior for %s", [b.PathPattern]) if is_string(b.PathPattern)

pattern_name(b) := "an ordered cache behavior" if not is_string(b.PathPattern)

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
