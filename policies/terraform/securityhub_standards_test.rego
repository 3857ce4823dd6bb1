package tollgate.terraform.securityhub_standards_test

import rego.v1

import data.tollgate.terraform.securityhub_standards as rule

resource(type, attrs) := {"address": sprintf("%s.main", [type]), "type": type, "name": "main", "mode": "managed", "attributes": attrs, "refs": []}

test_no_standard_fails if {
	findings := rule.deny with input as {"kind": "terraform", "resources": [resource("aws_securityhub_account", {"enable_default_standards": false})]}
	count(findings) == 1
	some f in findings
	f.path == ["enable_default_standards"]
}

test_subscription_passes if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_securityhub_account", {"enable_default_standards": false}),
		resource("aws_securityhub_standards_subscription", {"standards_arn": "arn:aws:securityhub:eu-west-1::standards/cis-aws-foundations-benchmark/v/3.0.0"}),
	]}
}

test_default_standards_pass if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [resource("aws_securityhub_account", {})]}
}

test_unknown_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [resource("aws_securityhub_account", {"enable_default_standards": {"__unknown__": "var.defaults"}})]}
}
