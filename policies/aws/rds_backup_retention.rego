# METADATA
# title: RDS databases keep automated backups for at least 7 days
# description: A short backup retention period (0 turns automated backups off) leaves too little time to notice corruption or a bad change and restore from before it. Read replicas and the instances of a cluster are backed up through their source or cluster and are not checked.
# custom:
#   id: TG-AWS-RDS-003
#   severity: medium
#   dimension: reliability
#   kinds: [aws]
#   frameworks: {aws-well-architected: ["REL09"], nist-800-53: ["CP-9"]}
#   remediation: |
#     Keep automated backups for 7 days or more:
#       aws rds modify-db-instance --db-instance-identifier app --backup-retention-period 14 --apply-immediately
#       aws rds modify-db-cluster --db-cluster-identifier app --backup-retention-period 14 --apply-immediately
#     and set backup_retention_period = 14 on the aws_db_instance or aws_rds_cluster
#     (BackupRetentionPeriod in CloudFormation) in the code that deploys it.
package tollgate.aws.rds_backup_retention

import rego.v1

minimum_days := 7

deny contains finding if {
	some r in databases
	days := number(object.get(r.configuration, "backupRetentionPeriod", null))
	days < minimum_days
	finding := {
		"resource": r.address,
		"path": ["configuration", "backupRetentionPeriod"],
		"message": sprintf("%s in %s keeps automated backups for %v days, fewer than %v.", [label(r), region(r), days, minimum_days]),
	}
}

databases contains r if {
	some r in db_instances
	not in_cluster(r.configuration)
	not replica(r.configuration)
}

databases contains r if {
	some r in db_clusters
}

replica(cfg) if {
	some key in ["readReplicaSourceDBInstanceIdentifier", "readReplicaSourceDBClusterIdentifier"]
	source := object.get(cfg, key, null)
	is_string(source)
	source != ""
}

number(x) := x if is_number(x)

number(x) := to_number(x) if {
	is_string(x)
	regex.match(`^[0-9]+$`, x)
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
