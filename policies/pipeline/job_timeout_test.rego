package tollgate.pipeline.job_timeout_test

import rego.v1

import data.tollgate.pipeline.job_timeout as policy

job(id, attributes) := {"address": sprintf("jobs.%s", [id]), "type": "job", "name": id, "file": ".github/workflows/ci.yml", "attributes": attributes}

doc(platform, jobs) := {
	"kind": "pipeline", "platform": platform, "path": ".github/workflows/ci.yml",
	"resources": array.concat([{"address": "workflow", "type": "workflow", "name": "ci", "file": ".github/workflows/ci.yml", "attributes": {"on": {"push": null}}}], jobs),
	"pipeline": {"name": "ci", "triggers": ["push"], "runs_on_change": true, "jobs": []},
	"github": {"on": {"push": null}, "permissions": {"contents": "read"}, "jobs": {}},
}

test_job_without_timeout_fails if {
	findings := policy.deny with input as doc("github", [
		job("build", {"runs-on": "ubuntu-latest", "timeout-minutes": 15, "steps": []}),
		job("test", {"runs-on": "ubuntu-latest", "steps": [{"run": "make test", "timeout-minutes": 10}]}),
	])
	count(findings) == 1
	some f in findings
	f.resource == "jobs.test"
	f.path == ["timeout-minutes"]
}

test_timeouts_and_reusable_workflows_pass if {
	count(policy.deny) == 0 with input as doc("github", [
		job("build", {"runs-on": "ubuntu-latest", "timeout-minutes": 15, "steps": []}),
		job("test", {"runs-on": "ubuntu-latest", "timeout-minutes": "${{ inputs.timeout }}", "steps": []}),
		job("release", {"uses": "./.github/workflows/release.yml"}),
	])
}

test_other_platforms_and_odd_documents_ignored if {
	count(policy.deny) == 0 with input as doc("gitlab", [job("test", {"script": ["make test"]})])
	count(policy.deny) == 0 with input as {"kind": "pipeline", "platform": "github", "path": "x", "resources": null}
	count(policy.deny) == 0 with input as {"kind": "pipeline", "platform": "github", "path": "x", "resources": [{"type": "job", "address": "jobs.a", "attributes": "oops"}]}
}
