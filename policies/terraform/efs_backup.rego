# METADATA
# title: EFS file systems are backed up
# description: A Regional EFS file system created through the API has automatic backups off, so deleted or overwritten files cannot be recovered. It is covered by an EFS backup policy with status ENABLED or by an AWS Backup selection; One Zone file systems are backed up by default unless their policy disables it.
# custom:
#   id: TG-AWS-EFS-002
#   severity: medium
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["REL09"], nist-800-53: ["CP-9"]}
#   remediation: |
#     Turn on automatic backups for the file system:
#       resource "aws_efs_backup_policy" "shared" {
#         file_system_id = aws_efs_file_system.shared.id
#         backup_policy {
#           status = "ENABLED"
#         }
#       }
package tollgate.terraform.efs_backup

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some fs in managed("aws_efs_file_system")
	not enabled_by_policy(fs)
	not selected_for_backup(fs)
	not one_zone_default(fs)
	finding := {
		"resource": fs.address,
		"path": [],
		"message": sprintf("EFS file system %s has no backup policy with status ENABLED and no AWS Backup selection that covers it.", [fs.address]),
	}
}

enabled_by_policy(fs) if {
	some p in policies_for(fs)
	may_be_enabled(p)
}

# may_be_enabled(p): the backup policy resource's status is ENABLED or cannot be known.
may_be_enabled(p) if lib.is_unknown(p.attributes.backup_policy)

may_be_enabled(p) if {
	some b in items(p.attributes.backup_policy)
	lib.is_unknown(b)
}

may_be_enabled(p) if {
	some b in items(p.attributes.backup_policy)
	is_object(b)
	status := b.status
	is_string(status)
	upper(status) == "ENABLED"
}

may_be_enabled(p) if {
	some b in items(p.attributes.backup_policy)
	is_object(b)
	lib.is_unknown(b.status)
}

# One Zone file systems get automatic backups unless a backup policy turns them off.
one_zone_default(fs) if {
	object.get(fs.attributes, "availability_zone_name", null) != null
	not disabled_by_policy(fs)
}

disabled_by_policy(fs) if {
	some p in policies_for(fs)
	not may_be_enabled(p)
}

policies_for(fs) := {p |
	some p in managed("aws_efs_backup_policy")
	for_file_system(p, fs)
}

for_file_system(p, fs) if same_resource(p.attributes.file_system_id.__ref__, fs.address)

# A file system id that cannot be known and names no resource may be any file system.
for_file_system(p, fs) if {
	lib.is_unknown(p.attributes.file_system_id)
	not p.attributes.file_system_id.__ref__
}

# An AWS Backup selection that names the file system, all resources, or selects by tag or
# condition (which may match it).
selected_for_backup(fs) if {
	some s in managed("aws_backup_selection")
	selection_may_cover(s, fs)
}

selection_may_cover(s, fs) if {
	some ref in items(object.get(s, "refs", []))
	same_resource(ref, fs.address)
}

selection_may_cover(s, _) if lib.is_unknown(s.attributes.resources)

selection_may_cover(s, _) if {
	some arn in items(s.attributes.resources)
	wildcard(arn)
}

# An ARN that cannot be known and names no file system of the module may be this one's.
selection_may_cover(s, _) if {
	some arn in items(s.attributes.resources)
	lib.is_unknown(arn)
	not arn.__ref__
	not names_a_file_system(s)
}

selection_may_cover(s, _) if {
	some attribute in ["selection_tag", "condition"]
	object.get(s.attributes, attribute, null) != null
	object.get(s.attributes, attribute, null) != []
}

names_a_file_system(s) if {
	some ref in items(object.get(s, "refs", []))
	some other in managed("aws_efs_file_system")
	same_resource(ref, other.address)
}

wildcard(arn) if arn == "*"

wildcard(arn) if {
	is_string(arn)
	startswith(arn, "arn:aws:elasticfilesystem:")
	contains(arn, "*")
}

# same_resource(ref, address): ref names the resource at address, or all instances of its count/for_each.
same_resource(ref, address) if ref == address

same_resource(ref, address) if ref == regex.replace(address, `\[[^\]]*\]$`, "")

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
