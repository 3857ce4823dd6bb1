package tollgate.terraform.backup_plan_retention_test

import rego.v1

import data.tollgate.terraform.backup_plan_retention as policy

plan(rules) := {
	"address": "aws_backup_plan.daily",
	"type": "aws_backup_plan",
	"name": "daily",
	"mode": "managed",
	"attributes": {"name": "daily", "rule": rules},
	"refs": [],
}

rule(name, lifecycle) := {"rule_name": name, "target_vault_name": "daily", "schedule": "cron(0 3 * * ? *)", "lifecycle": lifecycle}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_short_retention_fails if {
	findings := policy.deny with input as doc([plan([rule("daily", [{"delete_after": 3}])])])
	count(findings) == 1
	some f in findings
	f.path == ["rule", 0, "lifecycle", 0, "delete_after"]
}

test_only_short_rule_fails if {
	findings := policy.deny with input as doc([plan([
		rule("daily", [{"delete_after": 35}]),
		rule("hourly", [{"delete_after": "1"}]),
	])])
	count(findings) == 1
	some f in findings
	f.path == ["rule", 1, "lifecycle", 0, "delete_after"]
}

test_long_or_no_retention_passes if {
	count(policy.deny) == 0 with input as doc([plan([
		rule("daily", [{"delete_after": 7}]),
		rule("monthly", [{"cold_storage_after": 30, "delete_after": 365}]),
		rule("forever", []),
		{"rule_name": "no-lifecycle", "target_vault_name": "daily"},
	])])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([
		plan({"__unknown__": "dynamic rule"}),
		plan([rule("daily", [{"delete_after": {"__unknown__": "var.retention_days"}}])]),
		plan([rule("weekly", {"__unknown__": "dynamic lifecycle"})]),
	])
}
