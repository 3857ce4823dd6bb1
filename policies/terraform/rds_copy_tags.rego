# METADATA
# title: RDS copies tags to snapshots
# description: Snapshots that do not carry the database's tags lose their owner, cost centre and data classification, so they escape tag-based backup, retention, cost and access policies. Aurora instances and read replicas are covered by their cluster or source.
# custom:
#   id: TG-AWS-RDS-009
#   severity: low
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {}
#   remediation: |
#     Copy the database's tags to its snapshots:
#       resource "aws_db_instance" "app" {
#         engine                = "postgres"
#         instance_class        = "db.t3.medium"
#         copy_tags_to_snapshot = true
#       }
package tollgate.terraform.rds_copy_tags

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in databases
	not_true(object.get(r.attributes, "copy_tags_to_snapshot", null))
	finding := {
		"resource": r.address,
		"path": ["copy_tags_to_snapshot"],
		"message": sprintf("%s does not set copy_tags_to_snapshot = true, so its snapshots lose its tags.", [r.address]),
	}
}

databases contains r if {
	some r in managed("aws_db_instance")
	object.get(r.attributes, "replicate_source_db", null) == null
	not aurora(r.attributes.engine)
}

databases contains r if {
	some r in managed("aws_rds_cluster")
}

aurora(engine) if {
	is_string(engine)
	startswith(lower(engine), "aurora")
}

# not_true(x): x is absent or a known false; an unknown value is neither.
not_true(x) if x == null

not_true(x) if x == false

not_true(x) if {
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
