# METADATA
# title: EBS volumes are encrypted
# description: An unencrypted EBS volume stores its data, and the snapshots taken from it, in clear text. A volume cannot be encrypted in place; turning on EBS encryption by default only affects volumes created afterwards.
# custom:
#   id: TG-AWS-EC2-003
#   severity: high
#   dimension: security
#   kinds: [aws]
#   frameworks: {nist-800-53: ["SC-28"]}
#   remediation: |
#     Replace the volume with an encrypted copy: snapshot it, copy the snapshot with encryption,
#     create a volume from the copy and swap it in (for a root volume, stop the instance first):
#       aws ec2 create-snapshot --volume-id vol-0123456789abcdef0
#       aws ec2 copy-snapshot --source-region eu-west-1 --source-snapshot-id snap-0123 --encrypted --kms-key-id alias/ebs
#       aws ec2 create-volume --snapshot-id snap-0456 --availability-zone eu-west-1a --encrypted
#     Turn on encryption by default for the region (aws ec2 enable-ebs-encryption-by-default) and set
#     encrypted = true on aws_ebs_volume and the instance's block devices in the code that deploys it.
package tollgate.aws.ebs_encryption

import rego.v1

deny contains finding if {
	some r in input.resources
	r.type == "AWS::EC2::Volume"
	is_object(r.configuration)
	known_false(object.get(r.configuration, "encrypted", null))
	finding := {
		"resource": r.address,
		"path": ["configuration", "encrypted"],
		"message": sprintf("EBS volume %s%s in %s is not encrypted.", [ident(r), attached(r), region(r)]),
	}
}

known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

ident(r) := r.configuration.volumeId if is_string(r.configuration.volumeId)

ident(r) := r.id if {
	not is_string(r.configuration.volumeId)
	is_string(r.id)
}

ident(r) := r.address if {
	not is_string(r.configuration.volumeId)
	not is_string(r.id)
}

# attached(r): " (attached to i-…)" for a volume attached to instances.
attached(r) := sprintf(" (attached to %s)", [concat(", ", instances)]) if {
	instances := [a.instanceId | some a in items(object.get(r.configuration, "attachments", null)); is_object(a); is_string(a.instanceId)]
	count(instances) > 0
}

attached(r) := "" if {
	instances := [a.instanceId | some a in items(object.get(r.configuration, "attachments", null)); is_object(a); is_string(a.instanceId)]
	count(instances) == 0
}

region(r) := r.region if is_string(r.region)

region(r) := object.get(input, "region", "its region") if not is_string(r.region)

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
