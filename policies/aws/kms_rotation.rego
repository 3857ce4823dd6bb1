# METADATA
# title: KMS keys rotate their key material
# description: |
#   A symmetric customer managed key that never rotates keeps protecting new data with the same
#   material for as long as the key lives, which widens the damage if it is ever exposed. Only
#   enabled keys of KMS's own key material whose recorded rotation status is off are reported;
#   AWS managed keys, asymmetric and HMAC keys, imported key material and keys whose item
#   records no rotation status are not.
# custom:
#   id: TG-AWS-KMS-001
#   severity: medium
#   dimension: security
#   kinds: [aws]
#   frameworks: {cis-aws-foundations: ["3.6"], nist-800-53: ["SC-12"]}
#   remediation: |
#     Turn on automatic rotation of the key:
#       aws kms enable-key-rotation --key-id KEY_ID
#     and in the code that deploys it (Terraform aws_kms_key enable_key_rotation = true,
#     CloudFormation EnableKeyRotation: true).
package tollgate.aws.kms_rotation

import rego.v1

import data.tollgate.lib

# Where AWS Config (supplementary KeyRotationStatus) or a sweep records the rotation status.
rotation_paths := [
	["supplementary", "KeyRotationStatus"],
	["supplementary", "keyRotationStatus"],
	["supplementary", "KeyRotationEnabled"],
	["supplementary", "keyRotationEnabled"],
	["configuration", "keyRotationEnabled"],
	["configuration", "KeyRotationEnabled"],
	["configuration", "keyRotationStatus"],
]

deny contains finding if {
	some r in lib.resources("AWS::KMS::Key")
	c := configuration(r)
	c.keyManager == "CUSTOMER"
	symmetric(c)
	enabled(c)
	object.get(c, "origin", "AWS_KMS") == "AWS_KMS"
	off := [p | some p in rotation_paths; known_false(value(r, p))]
	count(off) > 0
	not rotation_on(r)
	finding := {
		"resource": r.address,
		"path": off[0],
		"message": sprintf("KMS key %s in %s does not rotate its key material automatically.", [r.name, r.region]),
	}
}

rotation_on(r) if {
	some p in rotation_paths
	is_true(value(r, p))
}

# symmetric(c): a symmetric encryption key (keySpec, or its older name customerMasterKeySpec,
# whichever the item records).
symmetric(c) if {
	specs := [spec | some key in ["keySpec", "customerMasterKeySpec"]; spec := c[key]; spec != null]
	count(specs) > 0
	every spec in specs {
		spec == "SYMMETRIC_DEFAULT"
	}
}

# enabled(c): the key is usable (not disabled, pending deletion or pending import).
enabled(c) if is_true(c.enabled)

enabled(c) if {
	not "enabled" in object.keys(c)
	c.keyState == "Enabled"
}

# value(r, p) is the value at path p = [section, key] of the item.
value(r, p) := section(r, p[0])[p[1]]

section(r, name) := r[name] if is_object(r[name])

is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}

known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

# configuration(r) is the item's configuration, {} when it has none.
configuration(r) := r.configuration if is_object(r.configuration)

configuration(r) := {} if not is_object(r.configuration)
