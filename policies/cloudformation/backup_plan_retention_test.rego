package tollgate.cloudformation.backup_plan_retention_test

import rego.v1

import data.tollgate.cloudformation.backup_plan_retention as policy

plan(rules) := {
	"address": "DailyPlan",
	"type": "AWS::Backup::BackupPlan",
	"name": "DailyPlan",
	"attributes": {"BackupPlan": {"BackupPlanName": "daily", "BackupPlanRule": rules}},
	"refs": [],
}

rule(name, lifecycle) := {"RuleName": name, "TargetBackupVault": "daily", "ScheduleExpression": "cron(0 3 * * ? *)", "Lifecycle": lifecycle}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

test_short_retention_fails if {
	findings := policy.deny with input as doc([plan([rule("daily", {"DeleteAfterDays": 3})])])
	count(findings) == 1
	some f in findings
	f.path == ["BackupPlan", "BackupPlanRule", 0, "Lifecycle", "DeleteAfterDays"]
}

test_only_short_rule_fails if {
	findings := policy.deny with input as doc([plan([
		rule("daily", {"DeleteAfterDays": 35}),
		rule("hourly", {"DeleteAfterDays": "1"}),
	])])
	count(findings) == 1
	some f in findings
	f.path == ["BackupPlan", "BackupPlanRule", 1, "Lifecycle", "DeleteAfterDays"]
}

test_long_or_no_retention_passes if {
	count(policy.deny) == 0 with input as doc([plan([
		rule("daily", {"DeleteAfterDays": 7}),
		rule("monthly", {"MoveToColdStorageAfterDays": 30, "DeleteAfterDays": 365}),
		{"RuleName": "forever", "TargetBackupVault": "daily"},
	])])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([
		plan({"__unknown__": "Fn::If IsProd"}),
		plan([rule("daily", {"DeleteAfterDays": {"__unknown__": "Ref RetentionDays"}})]),
		plan([rule("weekly", {"__unknown__": "Fn::If IsProd"})]),
	])
}
