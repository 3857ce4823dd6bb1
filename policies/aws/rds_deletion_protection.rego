# METADATA
# title: RDS databases have deletion protection
# description: Without deletion protection a stray destroy, stack deletion or console click removes the database together with its automated backups. Instances of Aurora and Multi-AZ DB clusters are protected through their cluster and are not checked.
# custom:
#   id: TG-AWS-RDS-005
#   severity: medium
#   dimension: reliability
#   kinds: [aws]
#   frameworks: {nist-800-53: ["CP-9"]}
#   remediation: |
#     Turn on deletion protection:
#       aws rds modify-db-instance --db-instance-identifier app --deletion-protection --apply-immediately
#       aws rds modify-db-cluster --db-cluster-identifier app --deletion-protection --apply-immediately
#     and set deletion_protection = true on the aws_db_instance or aws_rds_cluster
#     (DeletionProtection: true in CloudFormation) in the code that deploys it.
package tollgate.aws.rds_deletion_protection

import rego.v1

deny contains finding if {
	some r in databases
	known_false(object.get(r.configuration, "deletionProtection", null))
	finding := {
		"resource": r.address,
		"path": ["configuration", "deletionProtection"],
		"message": sprintf("%s in %s does not have deletion protection.", [label(r), region(r)]),
	}
}

databases contains r if {
	some r in db_instances
	not in_cluster(r.configuration)
}

databases contains r if {
	some r in db_clusters
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
