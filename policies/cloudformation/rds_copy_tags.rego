# METADATA
# title: RDS copies tags to snapshots
# description: Snapshots that do not carry the database's tags lose their owner, cost centre and data classification, so they escape tag-based backup, retention, cost and access policies. Aurora instances and read replicas are covered by their cluster or source.
# custom:
#   id: TG-AWS-RDS-009
#   severity: low
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {}
#   remediation: |
#     Copy the database's tags to its snapshots:
#       Database:
#         Type: AWS::RDS::DBInstance
#         Properties:
#           Engine: postgres
#           DBInstanceClass: db.t3.medium
#           CopyTagsToSnapshot: true
package tollgate.cloudformation.rds_copy_tags

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in databases
	not_true(object.get(r.attributes, "CopyTagsToSnapshot", null))
	finding := {
		"resource": r.address,
		"path": ["CopyTagsToSnapshot"],
		"message": sprintf("%s does not set CopyTagsToSnapshot to true, so its snapshots lose its tags.", [r.address]),
	}
}

# Cluster members take the setting from the cluster; read replicas from their source.
databases contains r if {
	some r in known("AWS::RDS::DBInstance")
	object.get(r.attributes, "DBClusterIdentifier", null) == null
	object.get(r.attributes, "SourceDBInstanceIdentifier", null) == null
	not aurora(r.attributes.Engine)
}

databases contains r if {
	some r in known("AWS::RDS::DBCluster")
}

aurora(engine) if {
	is_string(engine)
	startswith(lower(engine), "aurora")
}

# known(t) is the set of resources of type t whose Properties are a known object.
known(t) := {r |
	some r in lib.resources(t)
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}

# not_true(x): x is absent or a known false (CloudFormation accepts "false"); an unknown value is neither.
not_true(x) if x == null

not_true(x) if x == false

not_true(x) if {
	is_string(x)
	lower(x) == "false"
}
