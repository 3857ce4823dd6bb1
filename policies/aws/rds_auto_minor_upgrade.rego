# METADATA
# title: RDS instances take minor version upgrades automatically
# description: With automatic minor version upgrades turned off, security patches and bug fixes of the database engine are only applied when someone remembers to upgrade by hand. The setting is checked on every DB instance (including the instances of Aurora clusters) and on Multi-AZ DB clusters, which record it themselves.
# custom:
#   id: TG-AWS-RDS-008
#   severity: low
#   dimension: security
#   kinds: [aws]
#   frameworks: {cis-aws-foundations: ["2.3.2"], nist-800-53: ["SI-2"]}
#   remediation: |
#     Let RDS apply minor engine versions in the maintenance window:
#       aws rds modify-db-instance --db-instance-identifier app --auto-minor-version-upgrade --apply-immediately
#       aws rds modify-db-cluster --db-cluster-identifier app --auto-minor-version-upgrade --apply-immediately
#     and set auto_minor_version_upgrade = true (or remove the argument, true is the default) on the
#     aws_db_instance, aws_rds_cluster_instance or aws_rds_cluster in the code that deploys it
#     (AutoMinorVersionUpgrade: true in CloudFormation).
package tollgate.aws.rds_auto_minor_upgrade

import rego.v1

deny contains finding if {
	some r in databases
	known_false(object.get(r.configuration, "autoMinorVersionUpgrade", null))
	finding := {
		"resource": r.address,
		"path": ["configuration", "autoMinorVersionUpgrade"],
		"message": sprintf("%s in %s does not take minor version upgrades automatically, so engine patches are not applied.", [label(r), region(r)]),
	}
}

known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

databases := db_instances | db_clusters

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
