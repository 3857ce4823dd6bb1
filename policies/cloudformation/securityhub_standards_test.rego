package tollgate.cloudformation.securityhub_standards_test

import rego.v1

import data.tollgate.cloudformation.securityhub_standards as rule

hub(props) := {"address": "Hub", "type": "AWS::SecurityHub::Hub", "name": "Hub", "attributes": props, "refs": []}

test_no_standard_fails if {
	findings := rule.deny with input as {"kind": "cloudformation", "resources": [hub({"EnableDefaultStandards": "false"})]}
	count(findings) == 1
	some f in findings
	f.path == ["EnableDefaultStandards"]
}

test_standard_passes if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		hub({"EnableDefaultStandards": false}),
		{"address": "Cis", "type": "AWS::SecurityHub::Standard", "name": "Cis", "attributes": {"StandardsArn": "arn"}, "refs": []},
	]}
}

test_default_passes if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [hub({})]}
}

test_unknown_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [hub({"EnableDefaultStandards": {"__unknown__": "Ref Defaults"}})]}
}
