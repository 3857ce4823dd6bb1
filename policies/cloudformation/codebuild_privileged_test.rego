package tollgate.cloudformation.codebuild_privileged_test

import rego.v1

import data.tollgate.cloudformation.codebuild_privileged as policy

project(environment) := {"address": "Build", "type": "AWS::CodeBuild::Project", "name": "Build", "attributes": {"Environment": environment}, "refs": []}

test_privileged_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [project({"Image": "aws/codebuild/standard:7.0", "PrivilegedMode": "true"})]}
	count(findings) == 1
	some f in findings
	f.path == ["Environment", "PrivilegedMode"]
}

test_unprivileged_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		project({"Image": "aws/codebuild/standard:7.0", "PrivilegedMode": "false"}),
		project({"Image": "aws/codebuild/standard:7.0"}),
	]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [project({"Image": "aws/codebuild/standard:7.0", "PrivilegedMode": {"__unknown__": "Ref BuildsImages"}})]}
}
