# METADATA
# title: RDS databases use IAM authentication
# description: Without IAM database authentication every client logs in with a long-lived database password; with it, access is granted through IAM roles and short-lived tokens that are audited in CloudTrail. Engines without IAM authentication (SQL Server, Oracle, Db2) and Aurora Serverless v1 are not checked; instances of a cluster take the setting from the cluster.
# custom:
#   id: TG-AWS-RDS-006
#   severity: low
#   dimension: security
#   kinds: [aws]
#   frameworks: {aws-well-architected: ["SEC02"]}
#   remediation: |
#     Turn on IAM database authentication and grant rds-db:connect to the roles that need it:
#       aws rds modify-db-instance --db-instance-identifier app --enable-iam-database-authentication --apply-immediately
#       aws rds modify-db-cluster --db-cluster-identifier app --enable-iam-database-authentication --apply-immediately
#     and set iam_database_authentication_enabled = true on the aws_db_instance or aws_rds_cluster
#     (EnableIAMDatabaseAuthentication: true in CloudFormation) in the code that deploys it.
package tollgate.aws.rds_iam_auth

import rego.v1

deny contains finding if {
	some r in databases
	setting := iam_auth(r.configuration)
	known_false(setting.value)
	finding := {
		"resource": r.address,
		"path": ["configuration", setting.key],
		"message": sprintf("%s in %s does not enable IAM database authentication, so clients can only log in with database passwords.", [label(r), region(r)]),
	}
}

databases contains r if {
	some r in db_instances
	supported(r.configuration.engine)
	not in_cluster(r.configuration)
}

databases contains r if {
	some r in db_clusters
	supported(r.configuration.engine)
	not serverless_v1(r.configuration)
}

# iam_auth(cfg): the recorded setting and its key; AWS Config spells it iAMDatabaseAuthenticationEnabled.
iam_auth(cfg) := settings[0] if {
	settings := [{"key": key, "value": cfg[key]} |
		some key in ["iAMDatabaseAuthenticationEnabled", "iamDatabaseAuthenticationEnabled"]
		object.get(cfg, key, null) != null
	]
	count(settings) > 0
}

# supported(engine): a known engine that offers IAM database authentication.
supported(engine) if {
	is_string(engine)
	some prefix in ["mysql", "mariadb", "postgres", "aurora"]
	startswith(lower(engine), prefix)
}

# Aurora Serverless v1 does not support IAM database authentication.
serverless_v1(cfg) if {
	is_string(cfg.engineMode)
	lower(cfg.engineMode) == "serverless"
}

known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

# db_instances and db_clusters: RDS instances and clusters. AWS Config also records DocumentDB
# and Neptune under the RDS types; those engines are left to their own rules.
db_instances contains r if {
	some r in input.resources
	r.type == "AWS::RDS::DBInstance"
	is_object(r.configuration)
	not other_engine(r.configuration)
}

db_clusters contains r if {
	some r in input.resources
	r.type == "AWS::RDS::DBCluster"
	is_object(r.configuration)
	not other_engine(r.configuration)
}

other_engine(cfg) if {
	is_string(cfg.engine)
	some prefix in ["docdb", "neptune"]
	startswith(lower(cfg.engine), prefix)
}

# in_cluster(cfg): an instance of an Aurora or Multi-AZ DB cluster, whose cluster holds the setting.
in_cluster(cfg) if {
	id := object.get(cfg, "dBClusterIdentifier", null)
	is_string(id)
	id != ""
}

in_cluster(cfg) if {
	is_string(cfg.engine)
	startswith(lower(cfg.engine), "aurora")
}

kinds := {"AWS::RDS::DBInstance": "RDS DB instance", "AWS::RDS::DBCluster": "RDS DB cluster"}

name_keys := {"AWS::RDS::DBInstance": "dBInstanceIdentifier", "AWS::RDS::DBCluster": "dBClusterIdentifier"}

# label(r): "RDS DB instance app-db", by the identifier AWS Config records (or the item's name or id).
label(r) := sprintf("%s %s", [kinds[r.type], names[0]]) if {
	names := [x |
		some x in [object.get(r.configuration, name_keys[r.type], null), object.get(r, "name", null), object.get(r, "id", null), r.address]
		is_string(x)
		x != ""
	]
}

region(r) := r.region if is_string(r.region)

region(r) := object.get(input, "region", "its region") if not is_string(r.region)
