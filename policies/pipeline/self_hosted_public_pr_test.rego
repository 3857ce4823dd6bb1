package tollgate.pipeline.self_hosted_public_pr_test

import rego.v1

import data.tollgate.pipeline.self_hosted_public_pr as policy

job(id, runs_on) := {"address": sprintf("jobs.%s", [id]), "type": "job", "name": id, "file": ".github/workflows/ci.yml", "attributes": {"runs-on": runs_on, "steps": []}}

doc(triggers, jobs) := {
	"kind": "pipeline", "platform": "github", "path": ".github/workflows/ci.yml",
	"resources": jobs,
	"pipeline": {"name": "ci", "triggers": triggers, "runs_on_change": true, "jobs": []},
	"github": {"on": {t: null | some t in triggers}, "permissions": {"contents": "read"}, "jobs": {}},
}

test_self_hosted_on_pull_request_fails if {
	findings := policy.deny with input as doc(["pull_request", "push"], [
		job("lint", "ubuntu-latest"),
		job("test", ["self-hosted", "linux", "x64"]),
	])
	count(findings) == 1
	some f in findings
	f.resource == "jobs.test"
	f.path == ["runs-on"]
	contains(f.message, "pull_request")
}

test_string_label_and_group_labels_fail if {
	count(policy.deny) == 1 with input as doc(["pull_request_target"], [job("build", "self-hosted")])
	count(policy.deny) == 1 with input as doc(["pull_request"], [job("build", {"group": "builders", "labels": ["Self-Hosted", "gpu"]})])
}

test_self_hosted_on_trusted_events_passes if {
	count(policy.deny) == 0 with input as doc(["push", "workflow_dispatch"], [job("deploy", ["self-hosted", "linux"])])
}

test_hosted_runners_and_expressions_pass if {
	count(policy.deny) == 0 with input as doc(["pull_request"], [
		job("test", ["ubuntu-latest"]),
		job("matrix", "${{ matrix.os }}"),
		job("large", {"group": "ubuntu-runners"}),
	])
}

test_string_on_form_detected if {
	d := doc([], [job("test", "self-hosted")])
	count(policy.deny) == 1 with input as object.union(d, {"github": {"on": "pull_request"}})
	count(policy.deny) == 0 with input as object.union(d, {"platform": "gitlab", "pipeline": {"triggers": ["merge_request"]}})
}
