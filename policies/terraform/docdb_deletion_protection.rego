# METADATA
# title: DocumentDB clusters have deletion protection
# description: Without deletion protection a DocumentDB cluster is deleted by a single API call or by a plan that replaces or destroys it, and its automated backups go with it. deletion_protection defaults to false.
# custom:
#   id: TG-AWS-DOCDB-003
#   severity: medium
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["CP-9"]}
#   remediation: |
#     Turn on deletion protection (turn it off in a separate change before a planned deletion):
#       resource "aws_docdb_cluster" "catalog" {
#         cluster_identifier  = "catalog"
#         engine              = "docdb"
#         storage_encrypted   = true
#         deletion_protection = true
#       }
package tollgate.terraform.docdb_deletion_protection

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_docdb_cluster")
	known_false(r.attributes.deletion_protection)
	finding := {
		"resource": r.address,
		"path": ["deletion_protection"],
		"message": sprintf("DocumentDB cluster %s sets deletion_protection = false.", [r.address]),
	}
}

deny contains finding if {
	some r in managed("aws_docdb_cluster")
	object.get(r.attributes, "deletion_protection", null) == null
	finding := {
		"resource": r.address,
		"path": ["deletion_protection"],
		"message": sprintf("DocumentDB cluster %s does not set deletion_protection = true; it can be deleted by a single call.", [r.address]),
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
