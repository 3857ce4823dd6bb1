# METADATA
# title: RDS databases use IAM authentication
# description: Without IAM database authentication every client logs in with a long-lived database password; with it, access is granted through IAM roles and short-lived tokens that are audited in CloudTrail. Engines without IAM authentication (SQL Server, Oracle, Db2) and Aurora Serverless v1 are not checked.
# custom:
#   id: TG-AWS-RDS-006
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["SEC02"]}
#   remediation: |
#     Turn on IAM database authentication and grant rds-db:connect to the roles that need it:
#       resource "aws_db_instance" "app" {
#         engine                              = "postgres"
#         instance_class                      = "db.t3.medium"
#         iam_database_authentication_enabled = true
#       }
package tollgate.terraform.rds_iam_auth

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in databases
	not_true(object.get(r.attributes, "iam_database_authentication_enabled", null))
	finding := {
		"resource": r.address,
		"path": ["iam_database_authentication_enabled"],
		"message": sprintf("%s does not enable IAM database authentication, so clients can only log in with database passwords.", [r.address]),
	}
}

# Aurora instances take the setting from their cluster.
databases contains r if {
	some r in managed("aws_db_instance")
	supported(r.attributes.engine)
	not aurora(r.attributes.engine)
}

databases contains r if {
	some r in managed("aws_rds_cluster")
	supported(r.attributes.engine)
	not serverless_v1(r.attributes)
}

# supported(engine): a known engine that offers IAM database authentication.
supported(engine) if {
	is_string(engine)
	some prefix in ["mysql", "mariadb", "postgres", "aurora"]
	startswith(lower(engine), prefix)
}

aurora(engine) if {
	is_string(engine)
	startswith(lower(engine), "aurora")
}

# Aurora Serverless v1 does not support IAM database authentication.
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

# not_true(x): x is absent or a known false; an unknown value is neither.
not_true(x) if x == null

not_true(x) if x == false

not_true(x) if {
	is_string(x)
	lower(x) == "false"
}
