package tollgate.pipeline.script_injection_test

import rego.v1

import data.tollgate.pipeline.script_injection as policy

run_step(i, script, expressions) := {"index": i, "uses": null, "with": {}, "env": {}, "run": script, "expressions": expressions}

doc(steps) := {
	"kind": "pipeline", "platform": "github", "path": ".github/workflows/triage.yml",
	"resources": [],
	"pipeline": {"name": "triage", "triggers": ["issues"], "runs_on_change": false, "jobs": []},
	"github": {"on": {"issues": null}, "permissions": {"contents": "read"}, "jobs": {"triage": {"permissions": null, "steps": steps}}},
}

test_issue_title_in_run_fails if {
	findings := policy.deny with input as doc([
		run_step(0, "echo ok", []),
		run_step(1, "echo \"${{ github.event.issue.title }}\" && echo ${{ github.event.issue.number }}", ["github.event.issue.title", "github.event.issue.number"]),
	])
	count(findings) == 1
	some f in findings
	f.resource == "jobs.triage"
	f.path == ["steps", 1, "run"]
	contains(f.message, "github.event.issue.title")
	not contains(f.message, "number")
}

test_other_untrusted_fields_fail if {
	every e in [
		"github.event.pull_request.head.ref",
		"github.head_ref",
		"github.event.comment.body",
		"github.event.commits[0].message",
		"github.event.pages[0].page_name",
		"github.event.head_commit.author.email",
		"github.event.workflow_run.head_branch",
		"github.event.review.body || 'none'",
	] {
		count(policy.deny) == 1 with input as doc([run_step(0, sprintf("echo ${{ %s }}", [e]), [e])])
	}
}

test_github_script_fails if {
	step := {"index": 0, "uses": {"action": "actions/github-script", "ref": "60a0d83039c74a4aee543508d2ffcb1c3799cdea", "ref_kind": "sha"}, "with": {"script": "console.log('${{ github.event.pull_request.body }}')"}, "env": {}, "run": null, "expressions": []}
	findings := policy.deny with input as doc([step])
	count(findings) == 1
	some f in findings
	f.path == ["steps", 0, "with", "script"]
}

test_trusted_expressions_and_env_pass if {
	count(policy.deny) == 0 with input as doc([
		run_step(0, "echo \"$TITLE\" ${{ github.sha }} ${{ github.event.pull_request.number }} ${{ github.event.pull_request.head.repo.fork }}", ["github.sha", "github.event.pull_request.number", "github.event.pull_request.head.repo.fork"]),
		{"index": 1, "uses": null, "with": {}, "env": {"TITLE": "${{ github.event.issue.title }}"}, "run": "echo \"$TITLE\"", "expressions": []},
	])
}
