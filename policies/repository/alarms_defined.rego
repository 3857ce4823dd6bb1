# METADATA
# title: Alarms are defined as code
# description: |
#   Running workloads with no alarm defined next to them means failures are found by users.
#   The rule applies when the repository defines workloads and passes when it also defines
#   CloudWatch alarms or Prometheus alerting rules.
# custom:
#   id: TG-REPO-008
#   severity: medium
#   dimension: reliability
#   kinds: [repository]
#   frameworks: {aws-well-architected: ["REL06"]}
#   remediation: |
#     Define alarms with the workload: aws_cloudwatch_metric_alarm with alarm_actions, or a
#     PrometheusRule for Kubernetes services.
package tollgate.repository.alarms_defined

import rego.v1

applies if input.workloads > 0

deny contains {"resource": "repository", "message": sprintf("%d workloads are defined but no alarm is", [input.workloads])} if {
	input.workloads > 0
	input.alarms == 0
}
