package tollgate.cloudformation.kms_deletion_window_test

import rego.v1

import data.tollgate.cloudformation.kms_deletion_window as rule

key(type, props) := {"address": "Key", "type": type, "name": "Key", "attributes": props, "refs": []}

test_short_window_fails if {
	findings := rule.deny with input as {"kind": "cloudformation", "resources": [key("AWS::KMS::Key", {"PendingWindowInDays": "7"})]}
	count(findings) == 1
	some f in findings
	f.path == ["PendingWindowInDays"]
}

test_replica_short_window_fails if {
	count(rule.deny) == 1 with input as {"kind": "cloudformation", "resources": [key("AWS::KMS::ReplicaKey", {"PendingWindowInDays": 13, "KeyPolicy": {}})]}
}

test_default_and_long_windows_pass if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [key("AWS::KMS::Key", {}), key("AWS::KMS::Key", {"PendingWindowInDays": 30})]}
}

test_unknown_window_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [key("AWS::KMS::Key", {"PendingWindowInDays": {"__unknown__": "Fn::If [\"IsProd\",30,7]"}})]}
}
