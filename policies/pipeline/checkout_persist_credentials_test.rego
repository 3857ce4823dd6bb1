package tollgate.pipeline.checkout_persist_credentials_test

import rego.v1

import data.tollgate.pipeline.checkout_persist_credentials as policy

checkout(i, w) := {"index": i, "uses": {"action": "actions/checkout", "ref": "11bd71901bbe5b1630ceea73d27597364c9af683", "ref_kind": "sha"}, "with": w, "env": {}, "run": null, "expressions": []}

run_step(i) := {"index": i, "uses": null, "with": {}, "env": {}, "run": "make test", "expressions": []}

doc(platform, steps) := {
	"kind": "pipeline", "platform": platform, "path": ".github/workflows/ci.yml",
	"resources": [],
	"pipeline": {"name": "ci", "triggers": ["push"], "runs_on_change": true, "jobs": []},
	"github": {"on": {"push": null}, "permissions": {"contents": "read"}, "jobs": {"test": {"permissions": null, "steps": steps}}},
}

test_default_checkout_fails if {
	findings := policy.deny with input as doc("github", [checkout(0, {}), run_step(1)])
	count(findings) == 1
	some f in findings
	f.resource == "jobs.test"
	f.path == ["steps", 0, "with", "persist-credentials"]
}

test_explicit_true_fails if {
	count(policy.deny) == 1 with input as doc("github", [checkout(0, {"persist-credentials": true})])
	count(policy.deny) == 1 with input as doc("github", [checkout(0, {"persist-credentials": "True"})])
}

test_false_as_boolean_or_string_passes if {
	count(policy.deny) == 0 with input as doc("github", [
		checkout(0, {"persist-credentials": false}),
		checkout(1, {"persist-credentials": "false", "path": "other"}),
		run_step(2),
	])
}

test_expression_and_other_platforms_not_reported if {
	count(policy.deny) == 0 with input as doc("github", [checkout(0, {"persist-credentials": "${{ inputs.push }}"})])
	count(policy.deny) == 0 with input as doc("gitlab", [checkout(0, {})])
}

test_empty_with_block_fails if {
	count(policy.deny) == 1 with input as doc("github", [{"index": 0, "uses": {"action": "actions/checkout", "ref": "v4", "ref_kind": "tag"}, "with": null, "env": {}, "run": null, "expressions": []}])
}
