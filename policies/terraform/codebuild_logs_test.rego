package tollgate.terraform.codebuild_logs_test

import rego.v1

import data.tollgate.terraform.codebuild_logs as policy

project(logs_config) := {"address": "aws_codebuild_project.p", "type": "aws_codebuild_project", "name": "p", "mode": "managed", "refs": [], "attributes": {
	"name": "p",
	"logs_config": logs_config,
}}

test_all_logs_disabled_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [project([{"cloudwatch_logs": [{"status": "DISABLED"}]}])]}
	count(findings) == 1
	some f in findings
	f.path == ["logs_config", 0, "cloudwatch_logs", 0, "status"]
}

test_s3_disabled_too_fails if {
	count(policy.deny) == 1 with input as {"kind": "terraform", "resources": [project([{"cloudwatch_logs": [{"status": "DISABLED"}], "s3_logs": [{"status": "DISABLED", "location": "logs/build"}]}])]}
}

test_default_or_s3_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		{"address": "aws_codebuild_project.q", "type": "aws_codebuild_project", "name": "q", "mode": "managed", "refs": [], "attributes": {"name": "q"}},
		project([{"cloudwatch_logs": [{"group_name": "codebuild"}]}]),
		project([{"cloudwatch_logs": [{"status": "DISABLED"}], "s3_logs": [{"status": "ENABLED", "location": "acme-build-logs/p"}]}]),
	]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		project({"__unknown__": "var.logs"}),
		project([{"cloudwatch_logs": [{"status": {"__unknown__": "var.cw_status"}}]}]),
		project([{"cloudwatch_logs": [{"status": "DISABLED"}], "s3_logs": [{"status": {"__unknown__": "var.s3_status"}}]}]),
		project([{"cloudwatch_logs": [{"status": "DISABLED"}], "s3_logs": {"__unknown__": "var.s3"}}]),
	]}
}
