# METADATA
# title: RDS instances run in several availability zones
# description: A single-AZ RDS instance is down for the whole of an availability zone outage and for many maintenance operations. Aurora instances get their resilience from the cluster and are not checked.
# custom:
#   id: TG-AWS-RDS-002
#   severity: medium
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["REL10"], nist-800-53: ["CP-10"]}
#   remediation: |
#     Run a standby in a second availability zone:
#       resource "aws_db_instance" "app" {
#         engine         = "postgres"
#         instance_class = "db.t3.medium"
#         multi_az       = true
#       }
package tollgate.terraform.rds_multi_az

import rego.v1

deny contains finding if {
	some r in instances
	known_false(r.attributes.multi_az)
	finding := {
		"resource": r.address,
		"path": ["multi_az"],
		"message": sprintf("RDS instance %s sets multi_az = false.", [r.address]),
	}
}

deny contains finding if {
	some r in instances
	object.get(r.attributes, "multi_az", null) == null
	finding := {
		"resource": r.address,
		"path": ["multi_az"],
		"message": sprintf("RDS instance %s does not set multi_az = true.", [r.address]),
	}
}

instances contains r if {
	some r in input.resources
	r.type == "aws_db_instance"
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not aurora(r.attributes.engine)
}

aurora(engine) if {
	is_string(engine)
	startswith(lower(engine), "aurora")
}

known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}
