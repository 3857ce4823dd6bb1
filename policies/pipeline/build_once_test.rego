package tollgate.pipeline.build_once_test

import rego.v1

import data.tollgate.pipeline.build_once as policy

job(id, activities, before) := {
	"id": id, "address": sprintf("jobs.%s", [id]), "name": id, "stage": null,
	"needs": before, "before": before, "environment": null, "manual": false, "approval": false, "image": null,
	"activities": object.union({"test": false, "build": false, "lint": false, "scan": false, "deploy": false}, activities),
	"steps": [],
}

stage(name, activities, before) := object.union(job(name, activities, before), {"address": sprintf("stages.%s", [name]), "stage": name})

doc(platform, jobs) := {
	"kind": "pipeline", "platform": platform, "path": "ci", "resources": [],
	"pipeline": {"name": "ci", "triggers": ["push"], "runs_on_change": true, "jobs": jobs},
}

test_rebuild_at_deploy_fails if {
	findings := policy.deny with input as doc("github", [
		job("build", {"build": true}, []),
		job("test", {"test": true}, ["build"]),
		job("deploy", {"deploy": true, "build": true}, ["build", "test"]),
	])
	count(findings) == 1
	some f in findings
	f.resource == "jobs.deploy"
	contains(f.message, "build")
}

test_jenkins_rebuild_fails if {
	findings := policy.deny with input as doc("jenkins", [
		stage("Build", {"build": true}, []),
		stage("Deploy", {"deploy": true, "build": true}, ["Build"]),
	])
	count(findings) == 1
	some f in findings
	startswith(f.message, "Stage stages.Deploy")
}

test_single_build_and_deploy_job_passes if {
	count(policy.deny) == 0 with input as doc("gitlab", [
		job("test", {"test": true}, []),
		job("release", {"deploy": true, "build": true}, ["test"]),
		job("docs", {"build": true}, ["test", "release"]),
	])
}

test_deploy_without_build_passes if {
	count(policy.deny) == 0 with input as doc("github", [job("build", {"build": true}, []), job("deploy", {"deploy": true}, ["build"])])
	count(policy.deny) == 0 with input as doc("github", [job("deploy", {"deploy": true, "build": true}, "oops")])
	count(policy.deny) == 0 with input as {"kind": "pipeline", "platform": "github", "path": "x", "resources": [], "pipeline": {"jobs": "oops"}}
}
