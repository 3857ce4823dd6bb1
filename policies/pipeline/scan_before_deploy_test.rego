package tollgate.pipeline.scan_before_deploy_test

import rego.v1

import data.tollgate.pipeline.scan_before_deploy as policy

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

test_deploy_not_waiting_for_scan_fails if {
	findings := policy.deny with input as doc("github", [
		job("test", {"test": true}, []),
		job("trivy", {"scan": true}, []),
		job("deploy", {"deploy": true}, ["test"]),
	])
	count(findings) == 1
	some f in findings
	f.resource == "jobs.deploy"
	contains(f.message, "trivy")
}

test_jenkins_scan_after_deploy_fails if {
	findings := policy.deny with input as doc("jenkins", [
		stage("Build", {"build": true}, []),
		stage("Deploy", {"deploy": true}, ["Build"]),
		stage("Scan", {"scan": true}, ["Build", "Deploy"]),
	])
	count(findings) == 1
	some f in findings
	f.resource == "stages.Deploy"
	startswith(f.message, "Stage")
}

test_transitive_and_self_scans_pass if {
	count(policy.deny) == 0 with input as doc("github", [
		job("scan", {"scan": true}, []),
		job("build", {"build": true}, ["scan"]),
		job("deploy", {"deploy": true}, ["build", "scan"]),
		job("release", {"deploy": true, "scan": true}, []),
	])
}

test_no_scan_at_all_is_left_to_the_scan_rule if {
	count(policy.deny) == 0 with input as doc("gitlab", [job("build", {"build": true}, []), job("deploy", {"deploy": true}, ["build"])])
	count(policy.deny) == 0 with input as {"kind": "pipeline", "platform": "gitlab", "path": "x", "resources": [], "pipeline": {"jobs": null}}
}
