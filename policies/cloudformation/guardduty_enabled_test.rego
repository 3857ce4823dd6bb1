package tollgate.cloudformation.guardduty_enabled_test

import rego.v1

import data.tollgate.cloudformation.guardduty_enabled as rule

detector(props) := {"kind": "cloudformation", "resources": [{"address": "Detector", "type": "AWS::GuardDuty::Detector", "name": "Detector", "attributes": props, "refs": []}]}

test_disabled_detector_fails if {
	findings := rule.deny with input as detector({"Enable": "false"})
	count(findings) == 1
	some f in findings
	f.path == ["Enable"]
}

test_enabled_detector_passes if {
	count(rule.deny) == 0 with input as detector({"Enable": true})
}

test_unknown_not_reported if {
	count(rule.deny) == 0 with input as detector({"Enable": {"__unknown__": "Ref EnableGuardDuty"}})
}
