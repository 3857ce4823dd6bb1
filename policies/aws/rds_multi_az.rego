# METADATA
# title: RDS instances run in several availability zones
# description: A single-AZ RDS instance is down for the whole of an availability zone outage and for many maintenance operations. Instances of Aurora and Multi-AZ DB clusters get their resilience from the cluster and are not checked.
# custom:
#   id: TG-AWS-RDS-002
#   severity: medium
#   dimension: reliability
#   kinds: [aws]
#   frameworks: {aws-well-architected: ["REL10"], nist-800-53: ["CP-10"]}
#   remediation: |
#     Add a standby in a second availability zone (the conversion runs in the background; use
#     --apply-immediately or let it happen in the next maintenance window):
#       aws rds modify-db-instance --db-instance-identifier app --multi-az --apply-immediately
#     and set multi_az = true on the aws_db_instance (MultiAZ: true in CloudFormation) in the code
#     that deploys it.
package tollgate.aws.rds_multi_az

import rego.v1

deny contains finding if {
	some r in db_instances
	not in_cluster(r.configuration)
	known_false(object.get(r.configuration, "multiAZ", null))
	finding := {
		"resource": r.address,
		"path": ["configuration", "multiAZ"],
		"message": sprintf("%s in %s runs in a single availability zone.", [label(r), region(r)]),
	}
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
