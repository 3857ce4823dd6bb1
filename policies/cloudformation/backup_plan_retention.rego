# METADATA
# title: Backup plans keep recovery points for at least 7 days
# description: A backup rule that deletes its recovery points after fewer than 7 days leaves too little time to notice corruption, ransomware or a bad change and restore from before it.
# custom:
#   id: TG-AWS-BACKUP-002
#   severity: medium
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["REL09"], nist-800-53: ["CP-9"]}
#   remediation: |
#     Keep recovery points for 7 days or more:
#       DailyPlan:
#         Type: AWS::Backup::BackupPlan
#         Properties:
#           BackupPlan:
#             BackupPlanName: daily
#             BackupPlanRule:
#               - RuleName: daily
#                 TargetBackupVault: !Ref BackupVault
#                 ScheduleExpression: cron(0 3 * * ? *)
#                 Lifecycle:
#                   DeleteAfterDays: 35
package tollgate.cloudformation.backup_plan_retention

import rego.v1

import data.tollgate.lib

minimum_days := 7

deny contains finding if {
	some r in lib.resources("AWS::Backup::BackupPlan")
	plan := object.get(r, ["attributes", "BackupPlan"], null)
	is_object(plan)
	some i, rule in items(plan.BackupPlanRule)
	is_object(rule)
	lifecycle := rule.Lifecycle
	is_object(lifecycle)
	days := number(lifecycle.DeleteAfterDays)
	days < minimum_days
	finding := {
		"resource": r.address,
		"path": ["BackupPlan", "BackupPlanRule", i, "Lifecycle", "DeleteAfterDays"],
		"message": sprintf("Backup plan %s deletes the recovery points of rule %v after %v days, fewer than %v.", [r.address, rule_name(rule, i), days, minimum_days]),
	}
}

rule_name(rule, _) := rule.RuleName if is_string(rule.RuleName)

rule_name(rule, i) := i if not is_string(rule.RuleName)

number(x) := x if is_number(x)

number(x) := to_number(x) if {
	is_string(x)
	regex.match(`^[0-9]+$`, x)
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
