# METADATA
# title: RDS instances have enhanced monitoring
# description: Without enhanced monitoring only hypervisor-level CloudWatch metrics are collected; the per-process, memory and disk I/O metrics of the operating system that explain stalls and failovers are missing.
# custom:
#   id: TG-AWS-RDS-007
#   severity: low
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["REL06"]}
#   remediation: |
#     Collect enhanced monitoring metrics every 60 seconds or less:
#       Database:
#         Type: AWS::RDS::DBInstance
#         Properties:
#           Engine: postgres
#           DBInstanceClass: db.t3.medium
#           MonitoringInterval: 60
#           MonitoringRoleArn: !GetAtt RdsMonitoringRole.Arn
package tollgate.cloudformation.rds_enhanced_monitoring

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in known("AWS::RDS::DBInstance")
	object.get(r.attributes, "MonitoringInterval", null) == null
	finding := {
		"resource": r.address,
		"path": ["MonitoringInterval"],
		"message": sprintf("%s does not set MonitoringInterval, so enhanced monitoring is off.", [r.address]),
	}
}

deny contains finding if {
	some r in known("AWS::RDS::DBInstance")
	number(r.attributes.MonitoringInterval) == 0
	finding := {
		"resource": r.address,
		"path": ["MonitoringInterval"],
		"message": sprintf("%s sets MonitoringInterval to 0, which turns enhanced monitoring off.", [r.address]),
	}
}

number(x) := x if is_number(x)

number(x) := to_number(x) if {
	is_string(x)
	regex.match(`^[0-9]+$`, x)
}

# known(t) is the set of resources of type t whose Properties are a known object.
known(t) := {r |
	some r in lib.resources(t)
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
