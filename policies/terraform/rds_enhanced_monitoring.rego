# METADATA
# title: RDS instances have enhanced monitoring
# description: Without enhanced monitoring only hypervisor-level CloudWatch metrics are collected; the per-process, memory and disk I/O metrics of the operating system that explain stalls and failovers are missing.
# custom:
#   id: TG-AWS-RDS-007
#   severity: low
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["REL06"]}
#   remediation: |
#     Collect enhanced monitoring metrics every 60 seconds or less:
#       resource "aws_db_instance" "app" {
#         engine              = "postgres"
#         instance_class      = "db.t3.medium"
#         monitoring_interval = 60
#         monitoring_role_arn = aws_iam_role.rds_monitoring.arn
#       }
package tollgate.terraform.rds_enhanced_monitoring

import rego.v1

import data.tollgate.lib

instance_types := ["aws_db_instance", "aws_rds_cluster_instance"]

deny contains finding if {
	some t in instance_types
	some r in managed(t)
	object.get(r.attributes, "monitoring_interval", null) == null
	finding := {
		"resource": r.address,
		"path": ["monitoring_interval"],
		"message": sprintf("%s does not set monitoring_interval, so enhanced monitoring is off.", [r.address]),
	}
}

deny contains finding if {
	some t in instance_types
	some r in managed(t)
	number(r.attributes.monitoring_interval) == 0
	finding := {
		"resource": r.address,
		"path": ["monitoring_interval"],
		"message": sprintf("%s sets monitoring_interval = 0, which turns enhanced monitoring off.", [r.address]),
	}
}

number(x) := x if is_number(x)

number(x) := to_number(x) if {
	is_string(x)
	regex.match(`^[0-9]+$`, x)
}

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
