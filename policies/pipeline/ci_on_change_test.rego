package tollgate.pipeline.ci_on_change_test

import rego.v1

import data.tollgate.pipeline.ci_on_change as policy

test_github_schedule_only_fails if {
	findings := policy.deny with input as doc("github", ["schedule", "workflow_dispatch"], [job("test", {"test": true}, [], false)])
	count(findings) == 1
	some f in findings
	f.resource == "workflow"
	f.path == ["on"]
	contains(f.message, "schedule, workflow_dispatch")
}

test_gitlab_schedule_only_is_document_level if {
	findings := policy.deny with input as doc("gitlab", ["schedule"], [job("test", {"test": true}, [], false)])
	count(findings) == 1
	some f in findings
	not f.resource
}

test_push_or_merge_request_passes if {
	count(policy.deny) == 0 with input as doc("github", ["pull_request", "schedule"], [])
	count(policy.deny) == 0 with input as doc("gitlab", ["merge_request"], [])
	count(policy.deny) == 0 with input as doc("jenkins", ["push", "cron"], [])
}

test_missing_runs_on_change_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "pipeline", "platform": "github", "path": "", "resources": [], "pipeline": {"jobs": []}}
	count(policy.deny) == 0 with input as {"kind": "pipeline", "path": "", "resources": []}
}

job(id, activities, before, approval) := {
	"id": id, "address": sprintf("jobs.%s", [id]), "name": id, "stage": null,
	"needs": before, "before": before, "environment": null, "manual": false, "approval": approval, "image": null,
	"activities": object.union({"test": false, "build": false, "lint": false, "scan": false, "deploy": false}, activities),
	"steps": [],
}

stage(name, activities, before, approval) := object.union(job(name, activities, before, approval), {"address": sprintf("stages.%s", [name]), "stage": name})

doc(platform, triggers, jobs) := {
	"kind": "pipeline", "platform": platform, "path": path(platform), "resources": [],
	"pipeline": {"name": "ci", "triggers": triggers, "runs_on_change": on_change(triggers), "jobs": jobs},
}

path("github") := ".github/workflows/ci.yml"

path("gitlab") := ".gitlab-ci.yml"

path("jenkins") := "Jenkinsfile"

on_change(triggers) := count([t | some t in triggers; t in {"push", "pull_request", "pull_request_target", "merge_request"}]) > 0
