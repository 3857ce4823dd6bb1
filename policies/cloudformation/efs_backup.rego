# METADATA
# title: EFS file systems are backed up
# description: A Regional EFS file system created through the API has automatic backups off, so deleted or overwritten files cannot be recovered. It is covered by an EFS backup policy with status ENABLED or by an AWS Backup selection; One Zone file systems are backed up by default unless their policy disables it.
# custom:
#   id: TG-AWS-EFS-002
#   severity: medium
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["REL09"], nist-800-53: ["CP-9"]}
#   remediation: |
#     Turn on automatic backups for the file system:
#       SharedFileSystem:
#         Type: AWS::EFS::FileSystem
#         Properties:
#           Encrypted: true
#           BackupPolicy:
#             Status: ENABLED
package tollgate.cloudformation.efs_backup

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some fs in lib.resources("AWS::EFS::FileSystem")
	is_object(fs.attributes)
	not lib.is_unknown(fs.attributes)
	backup_policy := object.get(fs.attributes, "BackupPolicy", null)
	status := status_of(backup_policy)
	not may_be_enabled(backup_policy, status)
	not selected_for_backup(fs)
	not one_zone_default(fs.attributes, status)
	finding := {
		"resource": fs.address,
		"path": ["BackupPolicy", "Status"],
		"message": sprintf("EFS file system %s has no BackupPolicy with status ENABLED and no AWS Backup selection that covers it.", [fs.address]),
	}
}

# status_of(policy) is the Status of a BackupPolicy, null when there is none.
status_of(policy) := object.get(policy, "Status", null) if is_object(policy)

status_of(policy) := null if not is_object(policy)

# may_be_enabled(policy, status): the BackupPolicy is ENABLED or cannot be known.
may_be_enabled(policy, _) if lib.is_unknown(policy)

may_be_enabled(_, status) if lib.is_unknown(status)

may_be_enabled(_, status) if {
	is_string(status)
	upper(status) == "ENABLED"
}

# One Zone file systems get automatic backups unless the BackupPolicy turns them off.
one_zone_default(attrs, status) if {
	object.get(attrs, "AvailabilityZoneName", null) != null
	status == null
}

# An AWS Backup selection that names the file system, all resources, or selects by tag or
# condition (which may match it).
selected_for_backup(fs) if {
	some s in lib.resources("AWS::Backup::BackupSelection")
	is_object(s.attributes)
	selection_may_cover(s, fs)
}

selection_may_cover(s, fs) if fs.address in items(object.get(s, "refs", []))

selection_may_cover(s, _) if lib.is_unknown(s.attributes.BackupSelection)

selection_may_cover(s, _) if lib.is_unknown(s.attributes.BackupSelection.Resources)

selection_may_cover(s, _) if {
	some arn in items(s.attributes.BackupSelection.Resources)
	wildcard(arn)
}

# An ARN that cannot be known and names no file system of the template may be this one's.
selection_may_cover(s, _) if {
	some arn in items(s.attributes.BackupSelection.Resources)
	lib.is_unknown(arn)
	not arn.__ref__
	not names_a_file_system(s)
}

selection_may_cover(s, _) if {
	some property in ["ListOfTags", "Conditions"]
	object.get(s.attributes.BackupSelection, property, null) != null
	object.get(s.attributes.BackupSelection, property, null) != []
}

names_a_file_system(s) if {
	some ref in items(object.get(s, "refs", []))
	some other in lib.resources("AWS::EFS::FileSystem")
	other.address == ref
}

wildcard(arn) if arn == "*"

wildcard(arn) if {
	is_string(arn)
	startswith(arn, "arn:aws:elasticfilesystem:")
	contains(arn, "*")
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
