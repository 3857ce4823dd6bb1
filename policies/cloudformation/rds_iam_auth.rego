# METADATA
# title: RDS databases use IAM authentication
# description: Without IAM database authentication every client logs in with a long-lived database password; with it, access is granted through IAM roles and short-lived tokens that are audited in CloudTrail. Engines without IAM authentication (SQL Server, Oracle, Db2) and Aurora Serverless v1 are not checked.
# custom:
#   id: TG-AWS-RDS-006
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["SEC02"]}
#   remediation: |
#     Turn on IAM database authentication and grant rds-db:connect to the roles that need it:
#       Database:
#         Type: AWS::RDS::DBInstance
#         Properties:
#           Engine: postgres
#           DBInstanceClass: db.t3.medium
#           EnableIAMDatabaseAuthentication: true
package tollgate.cloudformation.rds_iam_auth

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in databases
	not_true(object.get(r.attributes, "EnableIAMDatabaseAuthentication", null))
	finding := {
		"resource": r.address,
		"path": ["EnableIAMDatabaseAuthentication"],
		"message": sprintf("%s does not enable IAM database authentication, so clients can only log in with database passwords.", [r.address]),
	}
}

# Members of a cluster take the setting from the cluster.
databases contains r if {
	some r in known("AWS::RDS::DBInstance")
	object.get(r.attributes, "DBClusterIdentifier", null) == null
	supported(r.attributes.Engine)
	not aurora(r.attributes.Engine)
}

databases contains r if {
	some r in known("AWS::RDS::DBCluster")
	supported(r.attributes.Engine)
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
	is_string(attrs.EngineMode)
	lower(attrs.EngineMode) == "serverless"
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
