package tollgate.pipeline.jenkins_input_submitter_test

import rego.v1

import data.tollgate.pipeline.jenkins_input_submitter as policy

stage(name, steps) := {"address": sprintf("stages.%s", [name]), "type": "stage", "name": name, "file": "Jenkinsfile", "attributes": {
	"name": name, "input": count([s | some s in steps; s[0] == "input"]) > 0, "when": false,
	"steps": [{"name": s[0], "arguments": s[1], "line": 10 + i} | some i, s in steps],
}}

doc(platform, resources) := {
	"kind": "pipeline", "platform": platform, "path": "Jenkinsfile", "resources": resources,
	"pipeline": {"name": "Jenkinsfile", "triggers": ["push"], "runs_on_change": true, "jobs": []},
}

test_input_without_submitter_fails if {
	findings := policy.deny with input as doc("jenkins", [
		stage("Build", [["sh", "'make'"]]),
		stage("Deploy", [["input", "message : 'Ship?' , ok : 'Ship'"], ["sh", "'./deploy.sh'"]]),
	])
	count(findings) == 1
	some f in findings
	f.resource == "stages.Deploy"
	f.path == ["steps", 0]
}

test_message_only_and_empty_submitter_fail if {
	count(policy.deny) == 1 with input as doc("jenkins", [stage("Deploy", [["input", "'Ship?'"]])])
	count(policy.deny) == 1 with input as doc("jenkins", [stage("Deploy", [["input", "message : 'Ship?' , submitter : ''"]])])
	count(policy.deny) == 1 with input as doc("jenkins", [stage("Deploy", [["input", "( message : 'Ship?' , submitterParameter : 'approver' )"]])])
}

test_input_with_submitter_passes if {
	count(policy.deny) == 0 with input as doc("jenkins", [
		stage("Deploy", [["input", "message : 'Ship?' , submitter : 'release-managers'"], ["sh", "'./deploy.sh'"]]),
		stage("Promote", [["input", "( message : 'Promote?' , submitter : env.APPROVERS )"]]),
	])
}

test_other_platforms_and_odd_steps_ignored if {
	count(policy.deny) == 0 with input as doc("gitlab", [stage("Deploy", [["input", "'Ship?'"]])])
	count(policy.deny) == 0 with input as doc("jenkins", [{"address": "stages.X", "type": "stage", "attributes": {"steps": "oops"}}])
}
