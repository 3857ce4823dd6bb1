package tollgate.terraform.efs_backup_test

import rego.v1

import data.tollgate.terraform.efs_backup as policy

resource(address, type, attrs, refs) := {
	"address": address,
	"type": type,
	"name": "r",
	"mode": "managed",
	"attributes": attrs,
	"refs": refs,
}

fs(address, attrs) := resource(address, "aws_efs_file_system", attrs, [])

backup_policy(fs_address, status) := resource(
	sprintf("aws_efs_backup_policy.%s", [replace(fs_address, "aws_efs_file_system.", "")]),
	"aws_efs_backup_policy",
	{"file_system_id": {"__unknown__": sprintf("%s.id", [fs_address]), "__ref__": fs_address}, "backup_policy": [{"status": status}]},
	[fs_address],
)

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_file_system_without_backup_fails if {
	findings := policy.deny with input as doc([fs("aws_efs_file_system.shared", {"encrypted": true})])
	count(findings) == 1
	some f in findings
	f.resource == "aws_efs_file_system.shared"
}

test_disabled_policy_fails if {
	count(policy.deny) == 1 with input as doc([
		fs("aws_efs_file_system.shared", {"encrypted": true}),
		backup_policy("aws_efs_file_system.shared", "DISABLED"),
	])
}

test_policy_for_another_file_system_fails if {
	findings := policy.deny with input as doc([
		fs("aws_efs_file_system.shared", {}),
		fs("aws_efs_file_system.home", {}),
		backup_policy("aws_efs_file_system.home", "ENABLED"),
	])
	count(findings) == 1
	some f in findings
	f.resource == "aws_efs_file_system.shared"
}

test_one_zone_disabled_fails if {
	count(policy.deny) == 1 with input as doc([
		fs("aws_efs_file_system.shared", {"availability_zone_name": "eu-west-1a"}),
		backup_policy("aws_efs_file_system.shared", "DISABLED"),
	])
}

test_enabled_policy_passes if {
	count(policy.deny) == 0 with input as doc([
		fs("aws_efs_file_system.shared", {"encrypted": true}),
		backup_policy("aws_efs_file_system.shared", "ENABLED"),
	])
}

test_backup_selection_passes if {
	count(policy.deny) == 0 with input as doc([
		fs("aws_efs_file_system.shared[0]", {}),
		resource("aws_backup_selection.efs", "aws_backup_selection", {"name": "efs", "resources": [{"__unknown__": "aws_efs_file_system.shared[0].arn", "__ref__": "aws_efs_file_system.shared[0]"}]}, ["aws_backup_plan.daily", "aws_efs_file_system.shared[0]"]),
	])
}

test_tag_selection_may_cover if {
	count(policy.deny) == 0 with input as doc([
		fs("aws_efs_file_system.shared", {"tags": {"backup": "daily"}}),
		resource("aws_backup_selection.tagged", "aws_backup_selection", {"name": "tagged", "selection_tag": [{"type": "STRINGEQUALS", "key": "backup", "value": "daily"}]}, []),
	])
}

test_one_zone_default_passes if {
	count(policy.deny) == 0 with input as doc([fs("aws_efs_file_system.scratch", {"availability_zone_name": "eu-west-1a"})])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([
		fs("aws_efs_file_system.a", {}),
		backup_policy("aws_efs_file_system.a", {"__unknown__": "var.status"}),
		fs("aws_efs_file_system.b", {}),
		resource("aws_efs_backup_policy.any", "aws_efs_backup_policy", {"file_system_id": {"__unknown__": "var.fs_id"}, "backup_policy": [{"status": "ENABLED"}]}, []),
	])
}

test_selection_of_another_file_system_fails if {
	findings := policy.deny with input as doc([
		fs("aws_efs_file_system.shared", {}),
		fs("aws_efs_file_system.home", {}),
		resource("aws_backup_selection.home", "aws_backup_selection", {"name": "home", "resources": [{"__unknown__": "aws_efs_file_system.home.arn", "__ref__": "aws_efs_file_system.home"}]}, ["aws_backup_plan.daily", "aws_efs_file_system.home"]),
	])
	count(findings) == 1
	some f in findings
	f.resource == "aws_efs_file_system.shared"
}

test_unknown_selection_arn_may_cover if {
	count(policy.deny) == 0 with input as doc([
		fs("aws_efs_file_system.shared", {}),
		resource("aws_backup_selection.any", "aws_backup_selection", {"name": "any", "resources": [{"__unknown__": "var.backup_arns"}]}, ["aws_backup_plan.daily"]),
	])
}
