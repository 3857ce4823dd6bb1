package tollgate.pipeline.deploy_approval_test

import rego.v1

import data.tollgate.pipeline.deploy_approval as policy

test_github_deploy_without_environment_fails if {
	findings := policy.deny with input as doc("github", ["push"], [
		job("test", {"test": true}, [], false),
		job("deploy", {"deploy": true}, ["test"], false),
	])
	count(findings) == 1
	some f in findings
	f.resource == "jobs.deploy"
	f.path == ["environment"]
}

test_gitlab_and_jenkins_without_gate_fail if {
	count(policy.deny) == 1 with input as doc("gitlab", ["push"], [job("deploy", {"deploy": true}, [], false)])
	findings := policy.deny with input as doc("jenkins", ["push"], [stage("Deploy", {"deploy": true}, [], false)])
	count(findings) == 1
	some f in findings
	f.resource == "stages.Deploy"
	f.path == []
}

test_gated_deploy_passes if {
	count(policy.deny) == 0 with input as doc("github", ["push"], [
		job("test", {"test": true}, [], false),
		job("deploy", {"deploy": true}, ["test"], true),
	])
}

test_non_deploy_job_without_approval_passes if {
	count(policy.deny) == 0 with input as doc("gitlab", ["push"], [job("build", {"build": true}, [], false)])
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
