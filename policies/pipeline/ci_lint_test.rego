package tollgate.pipeline.ci_lint_test

import rego.v1

import data.tollgate.pipeline.ci_lint as policy

job(id, activities, steps) := {
	"id": id, "address": sprintf("jobs.%s", [id]), "name": id, "stage": null,
	"needs": [], "before": [], "environment": null, "manual": false, "approval": false, "image": null,
	"activities": object.union({"test": false, "build": false, "lint": false, "scan": false, "deploy": false}, activities),
	"steps": steps,
}

run(i, commands) := {"index": i, "name": null, "path": ["steps", i], "uses": null, "run": "x", "commands": commands}

uses(i, action) := {"index": i, "name": null, "path": ["steps", i], "uses": action, "run": null, "commands": []}

doc(platform, triggers, jobs) := {
	"kind": "pipeline", "platform": platform, "path": path(platform), "resources": [],
	"pipeline": {"name": "ci", "triggers": triggers, "runs_on_change": on_change(triggers), "jobs": jobs},
}

path("github") := ".github/workflows/ci.yml"

path("gitlab") := ".gitlab-ci.yml"

path("jenkins") := "Jenkinsfile"

on_change(triggers) := count([t | some t in triggers; t in {"push", "pull_request", "pull_request_target", "merge_request"}]) > 0

test_github_without_lint_fails if {
	findings := policy.deny with input as doc("github", ["push", "pull_request"], [
		job("test", {"test": true}, [run(0, [{"name": "go", "args": ["test", "./..."]}])]),
	])
	count(findings) == 1
	some f in findings
	f.resource == "workflow"
	f.path == []
}

test_gitlab_and_jenkins_without_lint_are_document_level if {
	findings := policy.deny with input as doc("jenkins", ["push"], [job("Build", {"build": true}, [])])
	count(findings) == 1
	some f in findings
	not f.resource
	contains(f.message, "stage")
	count(policy.deny) == 1 with input as doc("gitlab", ["merge_request"], [job("test", {"test": true}, [])])
}

test_lint_activity_passes if {
	count(policy.deny) == 0 with input as doc("gitlab", ["push"], [job("check", {"lint": true}, [])])
}

test_lint_commands_names_and_actions_pass if {
	count(policy.deny) == 0 with input as doc("github", ["push"], [job("style", {}, [run(0, [{"name": "npx", "args": ["eslint", "."]}])])])
	count(policy.deny) == 0 with input as doc("github", ["push"], [job("style", {}, [run(0, [{"name": "pre-commit", "args": ["run", "--all-files"]}])])])
	count(policy.deny) == 0 with input as doc("github", ["push"], [job("style", {}, [uses(0, "pre-commit/action@2c7b3805fd2a0fd8c1884dcaebf91fc102a13ecd")])])
	count(policy.deny) == 0 with input as doc("gitlab", ["push"], [job("fmt", {}, [run(0, [{"name": "terraform", "args": ["fmt", "-check", "-recursive"]}])])])
	count(policy.deny) == 0 with input as doc("jenkins", ["push"], [object.union(job("Lint", {}, []), {"address": "stages.Lint", "stage": "Lint"})])
}

test_pipelines_not_run_on_change_and_odd_documents_ignored if {
	count(policy.deny) == 0 with input as doc("github", ["schedule"], [job("nightly", {"test": true}, [])])
	count(policy.deny) == 0 with input as {"kind": "pipeline", "platform": "gitlab", "path": ".gitlab-ci.yml", "resources": [], "pipeline": {"runs_on_change": true, "jobs": null}}
	count(policy.deny) == 1 with input as doc("github", ["push"], [job("test", {"test": true}, [run(0, "oops"), "oops"])])
}
