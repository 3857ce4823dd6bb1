package tollgate.pipeline.allow_failure_tests_test

import rego.v1

import data.tollgate.pipeline.allow_failure_tests as policy

job(id, activities, steps) := {
	"id": id, "address": sprintf("jobs.%s", [id]), "name": id, "stage": null,
	"needs": [], "before": [], "environment": null, "manual": false, "approval": false, "image": null,
	"activities": object.union({"test": false, "build": false, "lint": false, "scan": false, "deploy": false}, activities),
	"steps": steps,
}

step(i, commands) := {"index": i, "name": null, "path": ["steps", i], "uses": null, "run": "x", "commands": commands}

resource(id, attributes) := {"address": sprintf("jobs.%s", [id]), "type": "job", "name": id, "file": "ci", "attributes": attributes}

doc(platform, resources, jobs) := {
	"kind": "pipeline", "platform": platform, "path": "ci",
	"resources": resources,
	"pipeline": {"name": "ci", "triggers": ["push"], "runs_on_change": true, "jobs": jobs},
}

test_gitlab_test_job_allowed_to_fail_fails if {
	findings := policy.deny with input as doc("gitlab",
		[resource("unit", {"script": ["go test ./..."], "allow_failure": true}), resource("lint", {"script": ["golangci-lint run"], "allow_failure": true})],
		[job("unit", {"test": true}, []), job("lint", {"lint": true}, [])],
	)
	count(findings) == 1
	some f in findings
	f.resource == "jobs.unit"
	f.path == ["allow_failure"]
}

test_github_job_and_step_continue_on_error_fail if {
	findings := policy.deny with input as doc("github",
		[
			resource("test", {"continue-on-error": true, "steps": [{"uses": "actions/checkout@v4"}, {"run": "npm test", "continue-on-error": true}]}),
			resource("e2e", {"steps": [{"run": "./gradlew check", "continue-on-error": "true"}]}),
		],
		[
			job("test", {"test": true}, [step(0, []), step(1, [{"name": "npm", "args": ["test"]}])]),
			job("e2e", {"test": true}, [step(0, [{"name": "./gradlew", "args": ["check"]}])]),
		],
	)
	count(findings) == 3
	{f.path | some f in findings} == {["continue-on-error"], ["steps", 1, "continue-on-error"], ["steps", 0, "continue-on-error"]}
}

test_known_exit_codes_expressions_and_other_steps_pass if {
	count(policy.deny) == 0 with input as doc("gitlab",
		[resource("unit", {"script": ["pytest"], "allow_failure": {"exit_codes": [137]}})],
		[job("unit", {"test": true}, [])],
	)
	count(policy.deny) == 0 with input as doc("github",
		[resource("test", {"continue-on-error": "${{ matrix.experimental }}", "steps": [{"run": "go test ./..."}, {"run": "curl -Os https://uploader.codecov.io/latest/linux/codecov && ./codecov", "continue-on-error": true}]})],
		[job("test", {"test": true}, [step(0, [{"name": "go", "args": ["test", "./..."]}]), step(1, [{"name": "curl", "args": ["-Os", "https://uploader.codecov.io/latest/linux/codecov"]}, {"name": "./codecov", "args": []}])])],
	)
}

test_jenkins_and_odd_documents_ignored if {
	count(policy.deny) == 0 with input as doc("jenkins", [resource("Test", {"allow_failure": true})], [job("Test", {"test": true}, [])])
	count(policy.deny) == 0 with input as doc("github", [resource("test", {"steps": "oops"})], [job("test", {"test": true}, [step(0, [{"name": "npm", "args": ["test"]}])])])
	count(policy.deny) == 0 with input as {"kind": "pipeline", "platform": "gitlab", "path": "x", "resources": null, "pipeline": {"jobs": null}}
}
