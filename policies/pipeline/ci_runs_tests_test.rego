package tollgate.pipeline.ci_runs_tests_test

import rego.v1

import data.tollgate.pipeline.ci_runs_tests as policy

test_github_without_tests_fails if {
	findings := policy.deny with input as doc("github", ["push", "pull_request"], [
		job("build", {"build": true}, [], false),
		job("lint", {"lint": true}, [], false),
	])
	count(findings) == 1
	some f in findings
	f.resource == "workflow"
}

test_jenkins_without_tests_is_document_level if {
	findings := policy.deny with input as doc("jenkins", ["push"], [stage("Build", {"build": true}, [], false)])
	count(findings) == 1
	some f in findings
	not f.resource
}

test_pipeline_with_tests_passes if {
	count(policy.deny) == 0 with input as doc("gitlab", ["push"], [
		job("build", {"build": true}, [], false),
		job("test", {"test": true}, ["build"], false),
	])
}

test_scheduled_pipeline_without_tests_not_reported if {
	count(policy.deny) == 0 with input as doc("github", ["schedule"], [job("nightly-scan", {"scan": true}, [], false)])
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
