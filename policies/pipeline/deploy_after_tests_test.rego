package tollgate.pipeline.deploy_after_tests_test

import rego.v1

import data.tollgate.pipeline.deploy_after_tests as policy

test_deploy_without_tests_before_fails if {
	findings := policy.deny with input as doc("github", ["push"], [
		job("test", {"test": true}, [], false),
		job("deploy", {"deploy": true}, ["build"], true),
		job("build", {"build": true}, [], false),
	])
	count(findings) == 1
	some f in findings
	f.resource == "jobs.deploy"
}

test_jenkins_deploy_stage_before_test_stage_fails if {
	findings := policy.deny with input as doc("jenkins", ["push"], [
		stage("Build", {"build": true}, [], false),
		stage("Deploy", {"deploy": true}, ["Build"], true),
		stage("Test", {"test": true}, ["Build", "Deploy"], false),
	])
	count(findings) == 1
	some f in findings
	f.resource == "stages.Deploy"
}

test_deploy_after_tests_passes if {
	count(policy.deny) == 0 with input as doc("gitlab", ["push"], [
		job("build", {"build": true}, [], false),
		job("test", {"test": true}, ["build"], false),
		job("deploy", {"deploy": true}, ["build", "test"], true),
	])
}

test_deploy_job_that_tests_itself_passes if {
	count(policy.deny) == 0 with input as doc("github", ["push"], [job("release", {"test": true, "deploy": true}, [], true)])
}

test_missing_pipeline_not_an_error if {
	count(policy.deny) == 0 with input as {"kind": "pipeline", "path": "", "resources": []}
	count(policy.deny) == 0 with input as {"kind": "pipeline", "path": "", "resources": [], "pipeline": {"jobs": null}}
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
