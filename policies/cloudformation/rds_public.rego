# METADATA
# title: RDS instances are not publicly accessible
# description: A publicly accessible RDS instance gets a public DNS name and address, so only its security group stands between the database and the internet.
# custom:
#   id: TG-AWS-RDS-004
#   severity: critical
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {cis-aws-foundations: ["2.3.3"], nist-800-53: ["AC-3", "SC-7"]}
#   remediation: |
#     Keep the database on private subnets and reach it through the VPC:
#       Database:
#         Type: AWS::RDS::DBInstance
#         Properties:
#           Engine: postgres
#           DBInstanceClass: db.t3.medium
#           DBSubnetGroupName: !Ref PrivateSubnetGroup
#           PubliclyAccessible: false
package tollgate.cloudformation.rds_public

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::RDS::DBInstance")
	known_true(r.attributes.PubliclyAccessible)
	finding := {
		"resource": r.address,
		"path": ["PubliclyAccessible"],
		"message": sprintf("RDS instance %s is publicly accessible.", [r.address]),
	}
}

# CloudFormation accepts booleans as strings ("true").
known_true(x) if x == true

known_true(x) if {
	is_string(x)
	lower(x) == "true"
}
