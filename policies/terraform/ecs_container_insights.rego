# METADATA
# title: ECS clusters have Container Insights
# description: Without Container Insights an ECS cluster publishes no per-task and per-service CPU, memory, network and restart metrics, so a failing or saturated service is noticed late and is hard to diagnose. A cluster without its own setting is not reported when the configuration turns Container Insights on as the account default (aws_ecs_account_setting_default).
# custom:
#   id: TG-AWS-ECS-005
#   severity: low
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["REL06"]}
#   remediation: |
#     Turn Container Insights on (enhanced adds task- and container-level detail):
#       resource "aws_ecs_cluster" "main" {
#         name = "main"
#         setting {
#           name  = "containerInsights"
#           value = "enabled"
#         }
#       }
package tollgate.terraform.ecs_container_insights

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in clusters
	not lib.is_unknown(r.attributes.setting)
	not some_insights_setting(r)
	not account_default
	finding := {
		"resource": r.address,
		"path": ["setting"],
		"message": sprintf("ECS cluster %s does not turn on Container Insights.", [r.address]),
	}
}

deny contains finding if {
	some r in clusters
	some i, setting in items(r.attributes.setting)
	insights(setting)
	value := setting.value
	is_string(value)
	not lower(value) in on
	finding := {
		"resource": r.address,
		"path": ["setting", i, "value"],
		"message": sprintf("ECS cluster %s sets Container Insights to %s.", [r.address, value]),
	}
}

on := {"enabled", "enhanced"}

clusters contains r if {
	some r in lib.resources("aws_ecs_cluster")
	not r.mode == "data"
	is_object(r.attributes)
}

# some_insights_setting(r) holds when a setting block is, or may be, the containerInsights one.
some_insights_setting(r) if {
	some setting in items(r.attributes.setting)
	insights(setting)
}

some_insights_setting(r) if {
	some setting in items(r.attributes.setting)
	not is_object(setting)
}

some_insights_setting(r) if {
	some setting in items(r.attributes.setting)
	lib.is_unknown(setting.name)
}

insights(setting) if {
	is_object(setting)
	setting.name == "containerInsights"
}

# account_default holds when the configuration turns Container Insights on for the account,
# which applies to clusters without a setting of their own.
account_default if {
	some d in lib.resources("aws_ecs_account_setting_default")
	not d.mode == "data"
	d.attributes.name == "containerInsights"
	not known_off(d.attributes.value)
}

known_off(value) if {
	is_string(value)
	not lower(value) in on
}

known_off(value) if value == null

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
