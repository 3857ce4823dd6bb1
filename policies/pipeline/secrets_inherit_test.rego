package tollgate.pipeline.secrets_inherit_test

import rego.v1

import data.tollgate.pipeline.secrets_inherit as policy

job(id, attributes) := {"address": sprintf("jobs.%s", [id]), "type": "job", "name": id, "file": ".github/workflows/ci.yml", "attributes": attributes}

doc(platform, jobs) := {
	"kind": "pipeline", "platform": platform, "path": ".github/workflows/ci.yml",
	"resources": jobs,
	"pipeline": {"name": "ci", "triggers": ["push"], "runs_on_change": true, "jobs": []},
	"github": {"on": {"push": null}, "permissions": {"contents": "read"}, "jobs": {}},
}

test_inherit_fails if {
	findings := policy.deny with input as doc("github", [
		job("release", {"uses": "acme/workflows/.github/workflows/release.yml@v2", "secrets": "inherit"}),
		job("test", {"runs-on": "ubuntu-latest", "steps": []}),
	])
	count(findings) == 1
	some f in findings
	f.resource == "jobs.release"
	f.path == ["secrets"]
	contains(f.message, "release.yml")
}

test_named_secrets_pass if {
	count(policy.deny) == 0 with input as doc("github", [
		job("release", {"uses": "./.github/workflows/release.yml", "secrets": {"registry-token": "${{ secrets.REGISTRY_TOKEN }}"}}),
		job("docs", {"uses": "./.github/workflows/docs.yml"}),
	])
}

test_odd_values_and_other_platforms_ignored if {
	count(policy.deny) == 0 with input as doc("github", [job("a", {"uses": "./x.yml", "secrets": {"inherit": "${{ secrets.A }}"}}), job("b", "oops")])
	count(policy.deny) == 0 with input as doc("gitlab", [job("release", {"secrets": "inherit"})])
}
