# METADATA
# title: ECS clusters have Container Insights
# description: Without Container Insights an ECS cluster publishes no per-task and per-service CPU, memory, network and restart metrics, so a failing or saturated service is noticed late and is hard to diagnose.
# custom:
#   id: TG-AWS-ECS-005
#   severity: low
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["REL06"]}
#   remediation: |
#     Turn Container Insights on (enhanced adds task- and container-level detail):
#       Cluster:
#         Type: AWS::ECS::Cluster
#         Properties:
#           ClusterName: main
#           ClusterSettings:
#             - Name: containerInsights
#               Value: enabled
package tollgate.cloudformation.ecs_container_insights

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in clusters
	not lib.is_unknown(r.attributes.ClusterSettings)
	not some_insights_setting(r)
	finding := {
		"resource": r.address,
		"path": ["ClusterSettings"],
		"message": sprintf("ECS cluster %s does not turn on Container Insights.", [r.address]),
	}
}

deny contains finding if {
	some r in clusters
	some i, setting in items(r.attributes.ClusterSettings)
	insights(setting)
	value := setting.Value
	is_string(value)
	not lower(value) in {"enabled", "enhanced"}
	finding := {
		"resource": r.address,
		"path": ["ClusterSettings", i, "Value"],
		"message": sprintf("ECS cluster %s sets Container Insights to %s.", [r.address, value]),
	}
}

clusters contains r if {
	some r in lib.resources("AWS::ECS::Cluster")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}

# some_insights_setting(r) holds when a setting is, or may be, the containerInsights one.
some_insights_setting(r) if {
	some setting in items(r.attributes.ClusterSettings)
	insights(setting)
}

some_insights_setting(r) if {
	some setting in items(r.attributes.ClusterSettings)
	lib.is_unknown(setting)
}

some_insights_setting(r) if {
	some setting in items(r.attributes.ClusterSettings)
	lib.is_unknown(setting.Name)
}

insights(setting) if {
	is_object(setting)
	setting.Name == "containerInsights"
}

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
