package tollgate.pipeline.jenkins_timeout_test

import rego.v1

import data.tollgate.pipeline.jenkins_timeout as policy

stage(name, activities, step_names) := {
	"id": name, "address": sprintf("stages.%s", [name]), "name": name, "stage": name,
	"needs": [], "before": [], "environment": null, "manual": false, "approval": false, "image": null,
	"activities": object.union({"test": false, "build": false, "lint": false, "scan": false, "deploy": false}, activities),
	"steps": [{"index": i, "name": n, "path": ["steps", i], "uses": null, "run": null, "commands": []} | some i, n in step_names],
}

doc(platform, jobs) := {
	"kind": "pipeline", "platform": platform, "path": "Jenkinsfile", "resources": [],
	"pipeline": {"name": "Jenkinsfile", "triggers": ["push"], "runs_on_change": true, "jobs": jobs},
}

test_deploy_stage_without_timeout_fails if {
	findings := policy.deny with input as doc("jenkins", [
		stage("Build", {"build": true}, ["sh"]),
		stage("Deploy", {"deploy": true}, ["input", "sh"]),
	])
	count(findings) == 1
	some f in findings
	f.resource == "stages.Deploy"
	f.path == []
}

test_deploy_stage_with_timeout_passes if {
	count(policy.deny) == 0 with input as doc("jenkins", [
		stage("Build", {"build": true}, ["sh"]),
		stage("Deploy", {"deploy": true}, ["timeout", "sh"]),
	])
}

test_other_platforms_and_odd_documents_ignored if {
	count(policy.deny) == 0 with input as doc("gitlab", [stage("Deploy", {"deploy": true}, ["sh"])])
	count(policy.deny) == 1 with input as {"kind": "pipeline", "platform": "jenkins", "path": "Jenkinsfile", "resources": [], "pipeline": {"jobs": [{"address": "stages.X", "activities": {"deploy": true}, "steps": "oops"}]}}
	count(policy.deny) == 0 with input as {"kind": "pipeline", "platform": "jenkins", "path": "Jenkinsfile", "resources": [], "pipeline": null}
}
