package tollgate.terraform.codebuild_privileged_test

import rego.v1

import data.tollgate.terraform.codebuild_privileged as policy

project(environment) := {"address": "aws_codebuild_project.p", "type": "aws_codebuild_project", "name": "p", "mode": "managed", "refs": [], "attributes": {
	"name": "p",
	"environment": [environment],
}}

test_privileged_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [project({"image": "aws/codebuild/standard:7.0", "privileged_mode": true})]}
	count(findings) == 1
	some f in findings
	f.path == ["environment", 0, "privileged_mode"]
}

test_unprivileged_or_default_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		project({"image": "aws/codebuild/standard:7.0", "privileged_mode": false}),
		project({"image": "aws/codebuild/standard:7.0"}),
	]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		project({"image": "aws/codebuild/standard:7.0", "privileged_mode": {"__unknown__": "var.docker_builds"}}),
		{"address": "aws_codebuild_project.q", "type": "aws_codebuild_project", "name": "q", "mode": "managed", "refs": [], "attributes": {"name": "q", "environment": {"__unknown__": "var.environment"}}},
	]}
}
