# METADATA
# title: RDS instances take minor version upgrades automatically
# description: With automatic minor version upgrades turned off, security patches and bug fixes of the database engine are only applied when someone remembers to upgrade by hand. The default is on; this rule reports databases that turn it off.
# custom:
#   id: TG-AWS-RDS-008
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {cis-aws-foundations: ["2.3.2"], nist-800-53: ["SI-2"]}
#   remediation: |
#     Let RDS apply minor engine versions in the maintenance window (or remove the property, true is the default):
#       Database:
#         Type: AWS::RDS::DBInstance
#         Properties:
#           Engine: postgres
#           DBInstanceClass: db.t3.medium
#           AutoMinorVersionUpgrade: true
#           PreferredMaintenanceWindow: sun:03:00-sun:04:00
package tollgate.cloudformation.rds_auto_minor_upgrade

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some t in ["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"]
	some r in lib.resources(t)
	is_object(r.attributes)
	known_false(r.attributes.AutoMinorVersionUpgrade)
	finding := {
		"resource": r.address,
		"path": ["AutoMinorVersionUpgrade"],
		"message": sprintf("%s sets AutoMinorVersionUpgrade to false, so engine patches are not applied automatically.", [r.address]),
	}
}

# CloudFormation accepts booleans as strings ("false").
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}
