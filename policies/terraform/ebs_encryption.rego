# METADATA
# title: EBS volumes are encrypted
# description: An unencrypted EBS volume stores its data and the snapshots taken from it in clear text.
# custom:
#   id: TG-AWS-EC2-003
#   severity: high
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-28"], cis-aws-foundations: ["2.2.1"]}
#   remediation: |
#     Encrypt the volume (or turn on aws_ebs_encryption_by_default for the region):
#       resource "aws_ebs_volume" "data" {
#         availability_zone = "eu-west-1a"
#         size              = 100
#         encrypted         = true
#         kms_key_id        = aws_kms_key.ebs.arn
#       }
package tollgate.terraform.ebs_encryption

import rego.v1

deny contains finding if {
	not encrypted_by_default
	some v in managed("aws_ebs_volume")
	known_false(v.attributes.encrypted)
	finding := {
		"resource": v.address,
		"path": ["encrypted"],
		"message": sprintf("EBS volume %s sets encrypted = false.", [v.address]),
	}
}

# A volume created from a snapshot takes the snapshot's encryption when `encrypted` is unset.
deny contains finding if {
	not encrypted_by_default
	some v in managed("aws_ebs_volume")
	object.get(v.attributes, "encrypted", null) == null
	object.get(v.attributes, "snapshot_id", null) == null
	finding := {
		"resource": v.address,
		"path": ["encrypted"],
		"message": sprintf("EBS volume %s does not set encrypted = true.", [v.address]),
	}
}

deny contains finding if {
	not encrypted_by_default
	some r in managed("aws_instance")
	some block in ["root_block_device", "ebs_block_device"]
	some i, device in items(r.attributes[block])
	known_false(device.encrypted)
	finding := {
		"resource": r.address,
		"path": [block, i, "encrypted"],
		"message": sprintf("EC2 instance %s has an unencrypted %s.", [r.address, block]),
	}
}

deny contains finding if {
	not encrypted_by_default
	some r in managed("aws_launch_template")
	some i, mapping in items(r.attributes.block_device_mappings)
	some j, ebs in items(mapping.ebs)
	known_false(ebs.encrypted)
	finding := {
		"resource": r.address,
		"path": ["block_device_mappings", i, "ebs", j, "encrypted"],
		"message": sprintf("Launch template %s maps an unencrypted EBS volume.", [r.address]),
	}
}

# encrypted_by_default: the configuration turns on EBS encryption by default for the region
# (or may: an unknown `enabled` is not held against the volumes).
encrypted_by_default if {
	some d in managed("aws_ebs_encryption_by_default")
	not known_false(object.get(d.attributes, "enabled", true))
}

known_false(x) if x == false

# aws_launch_template takes `encrypted` as a string.
known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

# managed(t) is the set of managed (not data) resources of type t.
managed(t) := {r | some r in input.resources; r.type == t; object.get(r, "mode", "managed") == "managed"; is_object(r.attributes)}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
