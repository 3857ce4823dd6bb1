# METADATA
# title: CloudFront distributions log requests
# description: Without access logs there is no record of who requested what from a distribution, which leaves abuse, scraping and incidents at the edge without evidence. Standard logging (Logging) and standard logging v2 (an AWS::Logs::DeliverySource for the distribution) both count.
# custom:
#   id: TG-AWS-CF-004
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AU-12"], pci-dss-4.0: ["10.2.1"]}
#   remediation: |
#     Write the distribution's access logs to a logging bucket:
#       DistributionConfig:
#         Logging:
#           Bucket: !GetAtt CdnLogBucket.RegionalDomainName
#           Prefix: site/
#           IncludeCookies: false
package tollgate.cloudformation.cloudfront_logging

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::CloudFront::Distribution")
	config := r.attributes.DistributionConfig
	is_object(config)
	not lib.is_unknown(config)
	object.get(config, "Logging", null) == null
	not delivery_source_for(r)
	not unscoped_delivery_source
	finding := {
		"resource": r.address,
		"path": ["DistributionConfig", "Logging"],
		"message": sprintf("CloudFront distribution %s does not log requests: it has no Logging configuration and no log delivery source.", [r.address]),
	}
}

sources := lib.resources("AWS::Logs::DeliverySource")

# delivery_source_for(r): a delivery source (standard logging v2) names the distribution,
# directly or inside an Fn::Sub of its ARN.
delivery_source_for(r) if {
	some s in sources
	s.attributes.ResourceArn.__ref__ == r.address
}

delivery_source_for(r) if {
	some s in sources
	lib.is_unknown(s.attributes.ResourceArn)
	r.address in items(object.get(s, "refs", []))
}

# A delivery source whose resource cannot be known and names no resource may read any distribution.
unscoped_delivery_source if {
	some s in sources
	lib.is_unknown(s.attributes.ResourceArn)
	not s.attributes.ResourceArn.__ref__
	count(items(object.get(s, "refs", []))) == 0
}

unscoped_delivery_source if {
	some s in sources
	lib.is_unknown(s.attributes)
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
