package tollgate.terraform.kms_deletion_window_test

import rego.v1

import data.tollgate.terraform.kms_deletion_window as rule

key(type, attrs) := {"address": sprintf("%s.k", [type]), "type": type, "name": "k", "mode": "managed", "attributes": attrs, "refs": []}

test_short_window_fails if {
	findings := rule.deny with input as {"kind": "terraform", "resources": [key("aws_kms_key", {"deletion_window_in_days": 7})]}
	count(findings) == 1
	some f in findings
	f.path == ["deletion_window_in_days"]
	contains(f.message, "7 days")
}

test_replica_string_window_fails if {
	count(rule.deny) == 1 with input as {"kind": "terraform", "resources": [key("aws_kms_replica_key", {"deletion_window_in_days": "10"})]}
}

test_default_and_long_windows_pass if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		key("aws_kms_key", {"description": "default window"}),
		key("aws_kms_external_key", {"deletion_window_in_days": 14}),
	]}
}

test_unknown_window_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [key("aws_kms_key", {"deletion_window_in_days": {"__unknown__": "var.window"}})]}
}
