# METADATA
# title: RDS databases encrypt storage
# description: An unencrypted RDS instance or Aurora / Multi-AZ DB cluster stores data, logs, backups and snapshots in clear text, and encryption cannot be turned on afterwards without a restore. Instances of a cluster are judged by their cluster; Aurora Serverless v1 clusters are always encrypted.
# custom:
#   id: TG-AWS-RDS-001
#   severity: high
#   dimension: security
#   kinds: [aws]
#   frameworks: {cis-aws-foundations: ["2.3.1"], nist-800-53: ["SC-28"]}
#   remediation: |
#     Storage encryption cannot be turned on in place: copy a snapshot with encryption, restore
#     from it and switch the clients over to the new database:
#       aws rds create-db-snapshot --db-instance-identifier app --db-snapshot-identifier app-plain
#       aws rds copy-db-snapshot --source-db-snapshot-identifier app-plain \
#         --target-db-snapshot-identifier app-encrypted --kms-key-id alias/rds
#       aws rds restore-db-instance-from-db-snapshot --db-instance-identifier app-new \
#         --db-snapshot-identifier app-encrypted
#     (clusters: create-db-cluster-snapshot, copy-db-cluster-snapshot, restore-db-cluster-from-snapshot).
#     In the code that deploys it set storage_encrypted = true (Terraform aws_db_instance or
#     aws_rds_cluster) or StorageEncrypted: true (CloudFormation).
package tollgate.aws.rds_encryption

import rego.v1

deny contains finding if {
	some r in databases
	known_false(object.get(r.configuration, "storageEncrypted", null))
	finding := {
		"resource": r.address,
		"path": ["configuration", "storageEncrypted"],
		"message": sprintf("%s in %s does not encrypt its storage.", [label(r), region(r)]),
	}
}

# Instances of a cluster take their encryption from the cluster, which is checked instead.
databases contains r if {
	some r in db_instances
	not in_cluster(r.configuration)
}

# Aurora Serverless v1 clusters are always encrypted.
databases contains r if {
	some r in db_clusters
	not serverless_v1(r.configuration)
}

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
