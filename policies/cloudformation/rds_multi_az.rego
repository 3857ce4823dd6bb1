# METADATA
# title: RDS instances run in several availability zones
# description: A single-AZ RDS instance is down for the whole of an availability zone outage and for many maintenance operations. Aurora instances get their resilience from the cluster and are not checked.
# custom:
#   id: TG-AWS-RDS-002
#   severity: medium
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["REL10"], nist-800-53: ["CP-10"]}
#   remediation: |
#     Run a standby in a second availability zone:
#       Database:
#         Type: AWS::RDS::DBInstance
#         Properties:
#           Engine: postgres
#           DBInstanceClass: db.t3.medium
#           MultiAZ: true
package tollgate.cloudformation.rds_multi_az

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in instances
	known_false(r.attributes.MultiAZ)
	finding := {
		"resource": r.address,
		"path": ["MultiAZ"],
		"message": sprintf("RDS instance %s sets MultiAZ to false.", [r.address]),
	}
}

deny contains finding if {
	some r in instances
	object.get(r.attributes, "MultiAZ", null) == null
	finding := {
		"resource": r.address,
		"path": ["MultiAZ"],
		"message": sprintf("RDS instance %s does not set MultiAZ to true.", [r.address]),
	}
}

instances contains r if {
	some r in lib.resources("AWS::RDS::DBInstance")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	object.get(r.attributes, "DBClusterIdentifier", null) == null
	not aurora(r.attributes.Engine)
}

aurora(engine) if {
	is_string(engine)
	startswith(lower(engine), "aurora")
}

# CloudFormation accepts booleans as strings ("false").
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}
