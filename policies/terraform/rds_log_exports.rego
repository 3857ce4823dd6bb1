# METADATA
# title: RDS exports database logs to CloudWatch
# description: Database error, audit and slow-query logs that stay on the instance rotate away within days and disappear with it; exported to CloudWatch Logs they can be retained, searched and alarmed on. Aurora instances export through their cluster.
# custom:
#   id: TG-AWS-RDS-010
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AU-2"]}
#   remediation: |
#     Export the engine's logs to CloudWatch Logs:
#       resource "aws_db_instance" "app" {
#         engine                          = "postgres"
#         instance_class                  = "db.t3.medium"
#         enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
#       }
package tollgate.terraform.rds_log_exports

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in databases
	no_exports(object.get(r.attributes, "enabled_cloudwatch_logs_exports", null))
	finding := {
		"resource": r.address,
		"path": ["enabled_cloudwatch_logs_exports"],
		"message": sprintf("%s exports no database logs to CloudWatch Logs.", [r.address]),
	}
}

databases contains r if {
	some r in managed("aws_db_instance")
	not aurora(r.attributes.engine)
}

databases contains r if {
	some r in managed("aws_rds_cluster")
	not serverless_v1(r.attributes)
}

# no_exports(x): the list is absent or known to be empty.
no_exports(x) if x == null

no_exports(x) if {
	is_array(x)
	count(x) == 0
}

aurora(engine) if {
	is_string(engine)
	startswith(lower(engine), "aurora")
}

# Aurora Serverless v1 cannot export logs this way.
serverless_v1(attrs) if {
	is_string(attrs.engine_mode)
	lower(attrs.engine_mode) == "serverless"
}

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
