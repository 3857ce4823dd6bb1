package tollgate.terraform.guardduty_s3_test

import rego.v1

import data.tollgate.terraform.guardduty_s3 as rule

resource(type, name, attrs, refs) := {"address": sprintf("%s.%s", [type, name]), "type": type, "name": name, "mode": "managed", "attributes": attrs, "refs": refs}

detector_ref := {"__unknown__": "aws_guardduty_detector.main.id", "__ref__": "aws_guardduty_detector.main"}

test_datasource_disabled_fails if {
	findings := rule.deny with input as {"kind": "terraform", "resources": [resource("aws_guardduty_detector", "main", {"enable": true, "datasources": [{"s3_logs": [{"enable": false}]}]}, [])]}
	count(findings) == 1
	some f in findings
	f.path == ["datasources", 0, "s3_logs", 0, "enable"]
}

test_feature_disabled_fails if {
	findings := rule.deny with input as {"kind": "terraform", "resources": [
		resource("aws_guardduty_detector", "main", {"enable": true}, []),
		resource("aws_guardduty_detector_feature", "s3", {"detector_id": detector_ref, "name": "S3_DATA_EVENTS", "status": "DISABLED"}, ["aws_guardduty_detector.main"]),
	]}
	count(findings) == 1
	some f in findings
	f.resource == "aws_guardduty_detector_feature.s3"
	f.path == ["status"]
}

test_other_feature_disabled_passes if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_guardduty_detector", "main", {"enable": true}, []),
		resource("aws_guardduty_detector_feature", "s3", {"detector_id": detector_ref, "name": "S3_DATA_EVENTS", "status": "ENABLED"}, ["aws_guardduty_detector.main"]),
		resource("aws_guardduty_detector_feature", "runtime", {"detector_id": detector_ref, "name": "RUNTIME_MONITORING", "status": "DISABLED"}, ["aws_guardduty_detector.main"]),
	]}
}

test_feature_overrides_datasource_passes if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_guardduty_detector", "main", {"datasources": [{"s3_logs": [{"enable": false}]}]}, []),
		resource("aws_guardduty_detector_feature", "s3", {"detector_id": detector_ref, "name": "S3_DATA_EVENTS", "status": {"__unknown__": "var.s3_status"}}, ["aws_guardduty_detector.main"]),
	]}
}

test_unknown_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_guardduty_detector", "main", {"datasources": [{"s3_logs": [{"enable": {"__unknown__": "var.s3"}}]}]}, []),
		resource("aws_guardduty_detector_feature", "x", {"detector_id": detector_ref, "name": {"__unknown__": "var.feature"}, "status": "DISABLED"}, ["aws_guardduty_detector.main"]),
	]}
}
