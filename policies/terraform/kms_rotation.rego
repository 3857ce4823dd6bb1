# METADATA
# title: KMS keys rotate their key material
# description: A symmetric customer managed key that never rotates keeps protecting new data with the same material for as long as the key lives, which widens the damage if it is ever exposed.
# custom:
#   id: TG-AWS-KMS-001
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {cis-aws-foundations: ["3.6"], nist-800-53: ["SC-12"]}
#   remediation: |
#     Turn on automatic rotation (asymmetric and HMAC keys cannot rotate and are not reported):
#       resource "aws_kms_key" "data" {
#         description         = "data at rest"
#         enable_key_rotation = true
#       }
package tollgate.terraform.kms_rotation

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_kms_key")
	managed(r)
	symmetric(attributes(r))
	not_enabled(object.get(attributes(r), "enable_key_rotation", null))
	finding := {
		"resource": r.address,
		"path": ["enable_key_rotation"],
		"message": sprintf("KMS key %s does not rotate its key material automatically.", [r.address]),
	}
}

# symmetric(a) holds for keys that AWS can rotate: key_spec and its older name
# customer_master_key_spec are absent or SYMMETRIC_DEFAULT. An unknown spec is not assumed.
symmetric(a) if {
	object.get(a, "key_spec", null) in {null, "SYMMETRIC_DEFAULT"}
	object.get(a, "customer_master_key_spec", null) in {null, "SYMMETRIC_DEFAULT"}
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
