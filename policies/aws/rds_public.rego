# METADATA
# title: RDS instances are not publicly accessible
# description: A publicly accessible RDS instance gets a public DNS name and address, so only its security group stands between the database and the internet. Instances of Aurora and Multi-AZ DB clusters are checked too, since the setting is per instance.
# custom:
#   id: TG-AWS-RDS-004
#   severity: critical
#   dimension: security
#   kinds: [aws]
#   frameworks: {cis-aws-foundations: ["2.3.3"], nist-800-53: ["AC-3", "SC-7"]}
#   remediation: |
#     Take the public address away and reach the database through the VPC:
#       aws rds modify-db-instance --db-instance-identifier app --no-publicly-accessible --apply-immediately
#     and set publicly_accessible = false on the aws_db_instance or aws_rds_cluster_instance
#     (PubliclyAccessible: false in CloudFormation), on private DB subnets, in the code that deploys it.
package tollgate.aws.rds_public

import rego.v1

deny contains finding if {
	some r in db_instances
	known_true(object.get(r.configuration, "publiclyAccessible", null))
	finding := {
		"resource": r.address,
		"path": ["configuration", "publiclyAccessible"],
		"message": sprintf("%s in %s is publicly accessible.", [label(r), region(r)]),
	}
}

known_true(x) if x == true

known_true(x) if {
	is_string(x)
	lower(x) == "true"
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
