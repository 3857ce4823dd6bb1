package tollgate.pipeline.ci_security_scan_test

import rego.v1

import data.tollgate.pipeline.ci_security_scan as policy

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

test_github_without_scan_fails if {
	findings := policy.deny with input as doc("github", ["push", "pull_request"], [
		job("test", {"test": true}, [run(0, [{"name": "go", "args": ["test", "./..."]}])]),
	])
	count(findings) == 1
	some f in findings
	f.resource == "workflow"
	f.path == []
}

test_gitlab_and_jenkins_without_scan_are_document_level if {
	findings := policy.deny with input as doc("jenkins", ["push"], [job("Build", {"build": true}, [])])
	count(findings) == 1
	some f in findings
	not f.resource
	count(policy.deny) == 1 with input as doc("gitlab", ["merge_request"], [job("test", {"test": true}, [])])
}

test_scan_activity_passes if {
	count(policy.deny) == 0 with input as doc("gitlab", ["push"], [job("check", {"scan": true}, [])])
}

test_scan_commands_names_and_actions_pass if {
	count(policy.deny) == 0 with input as doc("github", ["push"], [job("deps", {}, [run(0, [{"name": "govulncheck", "args": ["./..."]}])])])
	count(policy.deny) == 0 with input as doc("github", ["push"], [job("deps", {}, [run(0, [{"name": "npm", "args": ["audit", "--audit-level=high"]}])])])
	count(policy.deny) == 0 with input as doc("github", ["pull_request"], [job("deps", {}, [uses(0, "actions/dependency-review-action@3b139cfc5fae8b618d3eae3675e383bb1769c019")])])
	count(policy.deny) == 0 with input as doc("gitlab", ["push"], [job("secrets", {}, [run(0, [{"name": "cargo", "args": ["deny", "check"]}])])])
	count(policy.deny) == 0 with input as doc("jenkins", ["push"], [object.union(job("Security", {}, []), {"address": "stages.Security", "stage": "Security"})])
}

test_pipelines_not_run_on_change_and_odd_documents_ignored if {
	count(policy.deny) == 0 with input as doc("github", ["schedule"], [job("nightly", {"test": true}, [])])
	count(policy.deny) == 0 with input as {"kind": "pipeline", "platform": "gitlab", "path": ".gitlab-ci.yml", "resources": [], "pipeline": {"runs_on_change": true, "jobs": null}}
	count(policy.deny) == 1 with input as doc("github", ["push"], [job("test", {"test": true}, [run(0, "oops"), "oops"])])
}
