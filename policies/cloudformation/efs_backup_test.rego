package tollgate.cloudformation.efs_backup_test

import rego.v1

import data.tollgate.cloudformation.efs_backup as policy

fs(id, props) := {"address": id, "type": "AWS::EFS::FileSystem", "name": id, "attributes": props, "refs": []}

selection(id, props, refs) := {"address": id, "type": "AWS::Backup::BackupSelection", "name": id, "attributes": props, "refs": refs}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

plan_ref := {"__unknown__": "Ref Plan", "__ref__": "Plan"}

test_file_system_without_backup_fails if {
	findings := policy.deny with input as doc([fs("Shared", {"Encrypted": true})])
	count(findings) == 1
	some f in findings
	f.path == ["BackupPolicy", "Status"]
}

test_disabled_fails if {
	count(policy.deny) == 2 with input as doc([
		fs("Shared", {"BackupPolicy": {"Status": "DISABLED"}}),
		fs("Scratch", {"AvailabilityZoneName": "eu-west-1a", "BackupPolicy": {"Status": "DISABLED"}}),
	])
}

test_selection_of_another_file_system_fails if {
	findings := policy.deny with input as doc([
		fs("Shared", {}),
		fs("Home", {}),
		selection("HomeSelection", {"BackupPlanId": plan_ref, "BackupSelection": {"SelectionName": "home", "IamRoleArn": "arn:aws:iam::111122223333:role/backup", "Resources": [{"__unknown__": "Fn::GetAtt Home.Arn", "__ref__": "Home"}]}}, ["Home", "Plan"]),
	])
	count(findings) == 1
	some f in findings
	f.resource == "Shared"
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as doc([fs("Shared", {"BackupPolicy": {"Status": "ENABLED"}})])
}

test_selection_and_tags_pass if {
	count(policy.deny) == 0 with input as doc([
		fs("Shared", {}),
		selection("SharedSelection", {"BackupPlanId": plan_ref, "BackupSelection": {"SelectionName": "shared", "Resources": [{"__unknown__": "Fn::GetAtt Shared.Arn", "__ref__": "Shared"}]}}, ["Plan", "Shared"]),
		fs("Home", {}),
		selection("Tagged", {"BackupPlanId": plan_ref, "BackupSelection": {"SelectionName": "tagged", "ListOfTags": [{"ConditionType": "STRINGEQUALS", "ConditionKey": "backup", "ConditionValue": "daily"}]}}, ["Plan"]),
	])
}

test_one_zone_default_passes if {
	count(policy.deny) == 0 with input as doc([fs("Scratch", {"AvailabilityZoneName": "eu-west-1a"})])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([
		fs("A", {"BackupPolicy": {"__unknown__": "Fn::If IsProd"}}),
		fs("B", {"BackupPolicy": {"Status": {"__unknown__": "Fn::If IsProd"}}}),
	])
}
