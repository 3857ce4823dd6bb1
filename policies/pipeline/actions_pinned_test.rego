package tollgate.pipeline.actions_pinned_test

import rego.v1

import data.tollgate.pipeline.actions_pinned as policy

step(i, action, ref, kind) := {"index": i, "uses": {"action": action, "ref": ref, "ref_kind": kind}, "with": {}, "env": {}, "run": null, "expressions": []}

run_step(i) := {"index": i, "uses": null, "with": {}, "env": {}, "run": "make test", "expressions": []}

doc(platform, steps) := {
	"kind": "pipeline", "platform": platform, "path": ".github/workflows/ci.yml",
	"resources": [
		{"address": "workflow", "type": "workflow", "name": "ci", "file": ".github/workflows/ci.yml", "attributes": {"on": {"push": null}}},
		{"address": "jobs.build", "type": "job", "name": "build", "file": ".github/workflows/ci.yml", "attributes": {"runs-on": "ubuntu-latest", "steps": []}},
	],
	"pipeline": {"name": "ci", "triggers": ["push"], "runs_on_change": true, "jobs": []},
	"github": {"on": {"push": null}, "permissions": {"contents": "read"}, "jobs": {"build": {"permissions": null, "steps": steps}}},
}

test_third_party_tag_fails if {
	findings := policy.deny with input as doc("github", [
		step(0, "actions/checkout", "v4", "tag"),
		run_step(1),
		step(2, "docker/build-push-action", "v6", "tag"),
	])
	count(findings) == 1
	some f in findings
	f.resource == "jobs.build"
	f.path == ["steps", 2, "uses"]
}

test_branch_ref_fails if {
	count(policy.deny) == 1 with input as doc("github", [step(0, "aquasecurity/trivy-action", "master", "branch")])
}

test_sha_official_local_and_docker_pass if {
	count(policy.deny) == 0 with input as doc("github", [
		step(0, "actions/checkout", "v4", "tag"),
		step(1, "github/codeql-action/init", "v3", "tag"),
		step(2, "docker/build-push-action", "4f58ea79222b3b9dc2c8bbdd6debcef730109a75", "sha"),
		step(3, "./.github/actions/setup", null, "local"),
		step(4, "docker://alpine:3.20", null, "docker"),
		run_step(5),
	])
}

test_reusable_workflow_on_tag_fails if {
	d := doc("github", [])
	caller := {"address": "jobs.release", "type": "job", "name": "release", "file": ".github/workflows/ci.yml", "attributes": {"uses": "acme/workflows/.github/workflows/release.yml@v2"}}
	pinned := {"address": "jobs.scan", "type": "job", "name": "scan", "file": ".github/workflows/ci.yml", "attributes": {"uses": "acme/workflows/.github/workflows/scan.yml@4f58ea79222b3b9dc2c8bbdd6debcef730109a75"}}
	local := {"address": "jobs.lint", "type": "job", "name": "lint", "file": ".github/workflows/ci.yml", "attributes": {"uses": "./.github/workflows/lint.yml"}}
	findings := policy.deny with input as object.union(d, {"resources": array.concat(d.resources, [caller, pinned, local])})
	count(findings) == 1
	some f in findings
	f.resource == "jobs.release"
	f.path == ["uses"]
}

test_other_platforms_ignored if {
	count(policy.deny) == 0 with input as {"kind": "pipeline", "platform": "gitlab", "path": ".gitlab-ci.yml", "resources": [], "pipeline": {"jobs": []}, "gitlab": {}}
	count(policy.deny) == 0 with input as {"kind": "pipeline", "path": "", "resources": []}
}
