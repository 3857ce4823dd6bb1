# METADATA
# title: Redshift keeps automated snapshots
# description: A retention period of 0 turns off the automated snapshots of a Redshift cluster, leaving only manual snapshots to restore from after a bad load, a dropped table or a lost cluster. Leaving automated_snapshot_retention_period unset keeps the 1 day default and is not reported.
# custom:
#   id: TG-AWS-RS-004
#   severity: medium
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["REL09"], nist-800-53: ["CP-9"]}
#   remediation: |
#     Keep automated snapshots, for a week or more:
#       resource "aws_redshift_cluster" "warehouse" {
#         cluster_identifier                  = "warehouse"
#         node_type                           = "ra3.xlplus"
#         encrypted                           = true
#         automated_snapshot_retention_period = 7
#       }
package tollgate.terraform.redshift_snapshot_retention

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_redshift_cluster")
	number(r.attributes.automated_snapshot_retention_period) == 0
	finding := {
		"resource": r.address,
		"path": ["automated_snapshot_retention_period"],
		"message": sprintf("Redshift cluster %s sets automated_snapshot_retention_period = 0, which turns off automated snapshots.", [r.address]),
	}
}

number(x) := x if is_number(x)

number(x) := to_number(x) if {
	is_string(x)
	regex.match(`^[0-9]+$`, x)
}

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
