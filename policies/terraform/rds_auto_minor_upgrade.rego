# METADATA
# title: RDS instances take minor version upgrades automatically
# description: With automatic minor version upgrades turned off, security patches and bug fixes of the database engine are only applied when someone remembers to upgrade by hand. The default is on; this rule reports databases that turn it off.
# custom:
#   id: TG-AWS-RDS-008
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {cis-aws-foundations: ["2.3.2"], nist-800-53: ["SI-2"]}
#   remediation: |
#     Let RDS apply minor engine versions in the maintenance window (or remove the argument, true is the default):
#       resource "aws_db_instance" "app" {
#         engine                     = "postgres"
#         instance_class             = "db.t3.medium"
#         auto_minor_version_upgrade = true
#         maintenance_window         = "sun:03:00-sun:04:00"
#       }
package tollgate.terraform.rds_auto_minor_upgrade

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some t in ["aws_db_instance", "aws_rds_cluster_instance", "aws_rds_cluster"]
	some r in managed(t)
	known_false(r.attributes.auto_minor_version_upgrade)
	finding := {
		"resource": r.address,
		"path": ["auto_minor_version_upgrade"],
		"message": sprintf("%s sets auto_minor_version_upgrade = false, so engine patches are not applied automatically.", [r.address]),
	}
}

known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
