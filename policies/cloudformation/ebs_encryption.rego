# METADATA
# title: EBS volumes are encrypted
# description: An unencrypted EBS volume stores its data and the snapshots taken from it in clear text.
# custom:
#   id: TG-AWS-EC2-003
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-28"], cis-aws-foundations: ["2.2.1"]}
#   remediation: |
#     Encrypt the volume, preferably with a customer managed key:
#       DataVolume:
#         Type: AWS::EC2::Volume
#         Properties:
#           AvailabilityZone: !GetAtt Instance.AvailabilityZone
#           Size: 100
#           Encrypted: true
#           KmsKeyId: !Ref EbsKey
package tollgate.cloudformation.ebs_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some v in lib.resources("AWS::EC2::Volume")
	p := props(v)
	known_false(p.Encrypted)
	finding := {
		"resource": v.address,
		"path": ["Encrypted"],
		"message": sprintf("EBS volume %s sets Encrypted to false.", [v.address]),
	}
}

# A volume created from a snapshot takes the snapshot's encryption when Encrypted is unset.
deny contains finding if {
	some v in lib.resources("AWS::EC2::Volume")
	p := props(v)
	object.get(p, "Encrypted", null) == null
	object.get(p, "SnapshotId", null) == null
	finding := {
		"resource": v.address,
		"path": ["Encrypted"],
		"message": sprintf("EBS volume %s does not set Encrypted to true.", [v.address]),
	}
}

deny contains finding if {
	some r in lib.resources("AWS::EC2::Instance")
	some i, mapping in items(r.attributes.BlockDeviceMappings)
	known_false(mapping.Ebs.Encrypted)
	finding := {
		"resource": r.address,
		"path": ["BlockDeviceMappings", i, "Ebs", "Encrypted"],
		"message": sprintf("EC2 instance %s maps an unencrypted EBS volume.", [r.address]),
	}
}

deny contains finding if {
	some r in lib.resources("AWS::EC2::LaunchTemplate")
	some i, mapping in items(r.attributes.LaunchTemplateData.BlockDeviceMappings)
	known_false(mapping.Ebs.Encrypted)
	finding := {
		"resource": r.address,
		"path": ["LaunchTemplateData", "BlockDeviceMappings", i, "Ebs", "Encrypted"],
		"message": sprintf("Launch template %s maps an unencrypted EBS volume.", [r.address]),
	}
}

# CloudFormation accepts booleans as strings ("false").
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

# props(r) is the resource's Properties when they are a known object.
props(r) := p if {
	p := object.get(r, "attributes", {})
	is_object(p)
	not lib.is_unknown(p)
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
