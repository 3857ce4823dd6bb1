# METADATA
# title: RDS instances are not publicly accessible
# description: A publicly accessible RDS instance gets a public DNS name and address, so only its security group stands between the database and the internet.
# custom:
#   id: TG-AWS-RDS-004
#   severity: critical
#   dimension: security
#   kinds: [terraform]
#   frameworks: {cis-aws-foundations: ["2.3.3"], nist-800-53: ["AC-3", "SC-7"]}
#   remediation: |
#     Keep the database on private subnets and reach it through the VPC:
#       resource "aws_db_instance" "app" {
#         engine                 = "postgres"
#         instance_class         = "db.t3.medium"
#         db_subnet_group_name   = aws_db_subnet_group.private.name
#         publicly_accessible    = false
#         vpc_security_group_ids = [aws_security_group.db.id]
#       }
package tollgate.terraform.rds_public

import rego.v1

deny contains finding if {
	some r in input.resources
	r.type in {"aws_db_instance", "aws_rds_cluster_instance"}
	object.get(r, "mode", "managed") == "managed"
	known_true(r.attributes.publicly_accessible)
	finding := {
		"resource": r.address,
		"path": ["publicly_accessible"],
		"message": sprintf("RDS instance %s is publicly accessible.", [r.address]),
	}
}

known_true(x) if x == true

known_true(x) if {
	is_string(x)
	lower(x) == "true"
}
