package tollgate.pipeline.gitlab_debug_trace_test

import rego.v1

import data.tollgate.pipeline.gitlab_debug_trace as policy

resource(id, attributes) := {"address": sprintf("jobs.%s", [id]), "type": "job", "name": id, "file": ".gitlab-ci.yml", "attributes": attributes}

doc(platform, resources) := {
	"kind": "pipeline", "platform": platform, "path": ".gitlab-ci.yml",
	"resources": resources,
	"pipeline": {"name": ".gitlab-ci.yml", "triggers": ["push"], "runs_on_change": true, "jobs": []},
	"gitlab": {"stages": ["build", "test", "deploy"], "jobs": {}},
}

test_job_debug_trace_fails if {
	findings := policy.deny with input as doc("gitlab", [
		resource("test", {"script": ["make test"], "variables": {"CI_DEBUG_TRACE": "true", "GOFLAGS": "-mod=readonly"}}),
		resource("build", {"script": ["make"]}),
	])
	count(findings) == 1
	some f in findings
	f.resource == "jobs.test"
	f.path == ["variables", "CI_DEBUG_TRACE"]
}

test_boolean_expanded_and_rule_variables_fail if {
	count(policy.deny) == 1 with input as doc("gitlab", [resource("a", {"script": ["x"], "variables": {"CI_DEBUG_SERVICES": true}})])
	count(policy.deny) == 1 with input as doc("gitlab", [resource("a", {"script": ["x"], "variables": {"CI_DEBUG_TRACE": {"value": "TRUE", "description": "debug"}}})])
	findings := policy.deny with input as doc("gitlab", [resource("a", {"script": ["x"], "rules": [{"if": "$CI_COMMIT_BRANCH"}, {"when": "manual", "variables": {"CI_DEBUG_TRACE": "true"}}]})])
	count(findings) == 1
	some f in findings
	f.path == ["rules", 1, "variables", "CI_DEBUG_TRACE"]
}

test_disabled_or_unrelated_variables_pass if {
	count(policy.deny) == 0 with input as doc("gitlab", [
		resource("a", {"script": ["x"], "variables": {"CI_DEBUG_TRACE": "false", "DEBUG": "true"}}),
		resource("b", {"script": ["x"], "variables": {"CI_DEBUG_TRACE": "$ENABLE_TRACE"}}),
		resource("c", {"script": ["x"], "variables": "oops", "rules": "oops"}),
	])
}

test_other_platforms_ignored if {
	count(policy.deny) == 0 with input as doc("github", [resource("a", {"variables": {"CI_DEBUG_TRACE": "true"}})])
}
