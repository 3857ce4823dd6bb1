# METADATA
# title: RDS exports database logs to CloudWatch
# description: Database error, audit and slow-query logs that stay on the instance rotate away within days and disappear with it; exported to CloudWatch Logs they can be retained, searched and alarmed on. Aurora instances export through their cluster.
# custom:
#   id: TG-AWS-RDS-010
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AU-2"]}
#   remediation: |
#     Export the engine's logs to CloudWatch Logs:
#       Database:
#         Type: AWS::RDS::DBInstance
#         Properties:
#           Engine: postgres
#           DBInstanceClass: db.t3.medium
#           EnableCloudwatchLogsExports:
#             - postgresql
#             - upgrade
package tollgate.cloudformation.rds_log_exports

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in databases
	no_exports(object.get(r.attributes, "EnableCloudwatchLogsExports", null))
	finding := {
		"resource": r.address,
		"path": ["EnableCloudwatchLogsExports"],
		"message": sprintf("%s exports no database logs to CloudWatch Logs.", [r.address]),
	}
}

# Cluster members export through their cluster.
databases contains r if {
	some r in known("AWS::RDS::DBInstance")
	object.get(r.attributes, "DBClusterIdentifier", null) == null
	not aurora(r.attributes.Engine)
}

databases contains r if {
	some r in known("AWS::RDS::DBCluster")
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
	is_string(attrs.EngineMode)
	lower(attrs.EngineMode) == "serverless"
}

# known(t) is the set of resources of type t whose Properties are a known object.
known(t) := {r |
	some r in lib.resources(t)
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
