package tollgate.pipeline.workflow_run_artifacts_test

import rego.v1

import data.tollgate.pipeline.workflow_run_artifacts as policy

action(i, name, w) := {"index": i, "uses": {"action": name, "ref": "fa0a91b85d4f404e444e00e005971372dc801d16", "ref_kind": "sha"}, "with": w, "env": {}, "run": null, "expressions": []}

run_step(i, script) := {"index": i, "uses": null, "with": {}, "env": {}, "run": script, "expressions": []}

doc(triggers, steps) := {
	"kind": "pipeline", "platform": "github", "path": ".github/workflows/report.yml",
	"resources": [],
	"pipeline": {"name": "report", "triggers": triggers, "runs_on_change": false, "jobs": []},
	"github": {"on": {t: {"workflows": ["ci"], "types": ["completed"]} | some t in triggers}, "permissions": {"contents": "read"}, "jobs": {"report": {"permissions": null, "steps": steps}}},
}

test_download_from_triggering_run_then_script_fails if {
	findings := policy.deny with input as doc(["workflow_run"], [
		action(0, "actions/download-artifact", {"name": "coverage", "run-id": "${{ github.event.workflow_run.id }}", "github-token": "${{ github.token }}"}),
		run_step(1, "./scripts/post-coverage.sh coverage/"),
	])
	count(findings) == 1
	some f in findings
	f.resource == "jobs.report"
	f.path == ["steps", 0, "uses"]
}

test_dawidd6_download_then_script_fails if {
	count(policy.deny) == 1 with input as doc(["workflow_run"], [
		action(0, "dawidd6/action-download-artifact", {"name": "pr", "run_id": "${{ github.event.workflow_run.id }}"}),
		run_step(1, "cat pr/number"),
	])
	count(policy.deny) == 1 with input as doc(["workflow_run"], [
		action(0, "dawidd6/action-download-artifact", {"name": "pr"}),
		run_step(1, "cat pr/number"),
	])
}

test_own_run_download_and_no_script_pass if {
	count(policy.deny) == 0 with input as doc(["workflow_run"], [
		action(0, "actions/download-artifact", {"name": "dist"}),
		run_step(1, "ls dist"),
	])
	count(policy.deny) == 0 with input as doc(["workflow_run"], [
		run_step(0, "echo start"),
		action(1, "actions/download-artifact", {"name": "coverage", "run-id": "${{ github.event.workflow_run.id }}"}),
		action(2, "actions/upload-pages-artifact", {"path": "coverage"}),
	])
}

test_other_triggers_not_reported if {
	count(policy.deny) == 0 with input as doc(["push"], [
		action(0, "actions/download-artifact", {"name": "coverage", "run-id": "1234"}),
		run_step(1, "./scripts/post-coverage.sh"),
	])
	count(policy.deny) == 0 with input as object.union(doc(["workflow_run"], []), {"github": {"jobs": {"report": {"steps": null}}}})
}
