package tollgate.pipeline.pull_request_target_checkout_test

import rego.v1

import data.tollgate.pipeline.pull_request_target_checkout as policy

checkout(i, w) := {"index": i, "uses": {"action": "actions/checkout", "ref": "11bd71901bbe5b1630ceea73d27597364c9af683", "ref_kind": "sha"}, "with": w, "env": {}, "run": null, "expressions": []}

run_step(i) := {"index": i, "uses": null, "with": {}, "env": {}, "run": "make test", "expressions": []}

doc(triggers, steps) := {
	"kind": "pipeline", "platform": "github", "path": ".github/workflows/pr.yml",
	"resources": [],
	"pipeline": {"name": "pr", "triggers": triggers, "runs_on_change": true, "jobs": []},
	"github": {"on": {t: null | some t in triggers}, "permissions": {"contents": "read"}, "jobs": {"test": {"permissions": null, "steps": steps}}},
}

test_checkout_head_sha_fails if {
	findings := policy.deny with input as doc(["pull_request_target"], [checkout(0, {"ref": "${{ github.event.pull_request.head.sha }}"}), run_step(1)])
	count(findings) == 1
	some f in findings
	f.resource == "jobs.test"
	f.path == ["steps", 0, "with", "ref"]
}

test_head_ref_and_merge_ref_fail if {
	count(policy.deny) == 1 with input as doc(["pull_request_target"], [checkout(0, {"ref": "${{ github.head_ref }}"})])
	count(policy.deny) == 1 with input as doc(["pull_request_target"], [checkout(0, {"ref": "refs/pull/${{ github.event.number }}/merge"})])
	count(policy.deny) == 2 with input as doc(["pull_request_target"], [checkout(0, {
		"repository": "${{ github.event.pull_request.head.repo.full_name }}",
		"ref": "${{ github.event.pull_request.head.ref }}",
	})])
}

test_default_checkout_passes if {
	count(policy.deny) == 0 with input as doc(["pull_request_target"], [checkout(0, {}), run_step(1)])
	count(policy.deny) == 0 with input as doc(["pull_request_target"], [checkout(0, {"ref": "${{ github.event.pull_request.base.sha }}"})])
}

test_head_checkout_under_pull_request_passes if {
	count(policy.deny) == 0 with input as doc(["pull_request", "push"], [checkout(0, {"ref": "${{ github.event.pull_request.head.sha }}"})])
}

test_string_on_form_detected if {
	d := doc([], [checkout(0, {"ref": "${{ github.event.pull_request.head.sha }}"})])
	count(policy.deny) == 1 with input as object.union(d, {"github": {"on": "pull_request_target"}})
}
