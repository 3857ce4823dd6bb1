# METADATA
# title: CloudTrail trails record every region
# description: A single-region trail misses API activity in all other regions, including regions an attacker uses precisely because nobody watches them.
# custom:
#   id: TG-AWS-CT-002
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {cis-aws-foundations: ["3.1"], nist-800-53: ["AU-2"]}
#   remediation: |
#     Make the trail a multi-region trail:
#       resource "aws_cloudtrail" "main" {
#         name                  = "main"
#         s3_bucket_name        = aws_s3_bucket.trail.id
#         is_multi_region_trail = true
#       }
package tollgate.terraform.cloudtrail_multi_region

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_cloudtrail")
	managed(r)
	not_enabled(object.get(attributes(r), "is_multi_region_trail", null))
	finding := {
		"resource": r.address,
		"path": ["is_multi_region_trail"],
		"message": sprintf("CloudTrail trail %s records only its own region, so activity in other regions is not logged.", [r.address]),
	}
}

# attributes(r) is the resource's attributes, {} when it has none.
attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)

# managed(r) leaves out data sources, which only read existing infrastructure.
managed(r) if {
	not r.mode == "data"
}

# is_true(x) is a known true, as a boolean or as the string HCL coerces to one.
is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}

# not_enabled(x) is true when x is known and not true; an absent setting (null) counts.
not_enabled(x) if {
	not lib.is_unknown(x)
	not is_true(x)
}
