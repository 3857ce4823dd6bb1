package tollgate.terraform.guardduty_enabled_test

import rego.v1

import data.tollgate.terraform.guardduty_enabled as rule

detector(attrs) := {"kind": "terraform", "resources": [{"address": "aws_guardduty_detector.main", "type": "aws_guardduty_detector", "name": "main", "mode": "managed", "attributes": attrs, "refs": []}]}

test_disabled_detector_fails if {
	findings := rule.deny with input as detector({"enable": false})
	count(findings) == 1
	some f in findings
	f.path == ["enable"]
}

test_disabled_string_fails if {
	count(rule.deny) == 1 with input as detector({"enable": "false"})
}

test_default_detector_passes if {
	count(rule.deny) == 0 with input as detector({"finding_publishing_frequency": "FIFTEEN_MINUTES"})
}

test_unknown_not_reported if {
	count(rule.deny) == 0 with input as detector({"enable": {"__unknown__": "var.enabled"}})
}
