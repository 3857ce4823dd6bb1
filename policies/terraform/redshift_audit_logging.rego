# METADATA
# title: Redshift clusters log audit events
# description: Without audit logging a Redshift cluster keeps no durable record of who connected, which users were changed and which queries ran. Logging is enabled by an aws_redshift_logging resource for the cluster or, in provider versions before 6, by a logging block with enable = true. An aws_redshift_logging resource whose cluster cannot be told is taken to cover the cluster.
# custom:
#   id: TG-AWS-RS-003
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AU-2", "AU-12"]}
#   remediation: |
#     Send the connection, user and user activity logs to CloudWatch Logs (or S3):
#       resource "aws_redshift_logging" "warehouse" {
#         cluster_identifier   = aws_redshift_cluster.warehouse.id
#         log_destination_type = "cloudwatch"
#         log_exports          = ["connectionlog", "userlog", "useractivitylog"]
#       }
#     User activity logging also needs enable_user_activity_logging = true in the cluster parameter group.
package tollgate.terraform.redshift_audit_logging

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_redshift_cluster")
	not logging_block_enabled(r)
	not logged_by_resource(r)
	finding := {
		"resource": r.address,
		"path": path(r),
		"message": sprintf("Redshift cluster %s has no audit logging: neither a logging block with enable = true nor an aws_redshift_logging resource for it.", [r.address]),
	}
}

# An inline logging block that is enabled, or cannot be known (enable is required in the block).
logging_block_enabled(r) if lib.is_unknown(r.attributes.logging)

logging_block_enabled(r) if {
	some b in items(r.attributes.logging)
	lib.is_unknown(b)
}

logging_block_enabled(r) if {
	some b in items(r.attributes.logging)
	is_object(b)
	enable := b.enable
	enable != null
	not known_false(enable)
}

path(r) := ["logging", i, "enable"] if {
	some i, b in items(r.attributes.logging)
	is_object(b)
	known_false(object.get(b, "enable", false))
} else := ["logging"]

logged_by_resource(r) if {
	some l in managed("aws_redshift_logging")
	for_cluster(l, r)
}

for_cluster(l, r) if same_resource(l.attributes.cluster_identifier.__ref__, r.address)

for_cluster(l, r) if {
	is_string(l.attributes.cluster_identifier)
	l.attributes.cluster_identifier == r.attributes.cluster_identifier
}

for_cluster(l, r) if {
	some ref in items(object.get(l, "refs", []))
	same_resource(ref, r.address)
}

# A cluster identifier that cannot be known and names no resource may be any cluster.
for_cluster(l, _) if {
	lib.is_unknown(l.attributes.cluster_identifier)
	not l.attributes.cluster_identifier.__ref__
}

# same_resource(ref, address): ref names the resource at address, or all instances of its count/for_each.
same_resource(ref, address) if ref == address

same_resource(ref, address) if ref == regex.replace(address, `\[[^\]]*\]$`, "")

known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

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
