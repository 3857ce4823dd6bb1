# METADATA
# title: Untrusted event data is not interpolated into scripts
# description: A `${{ }}` expression in a run script is pasted into the shell script before it runs, so an issue title, pull request body, branch name or commit message chosen by an outsider becomes shell code running with the workflow's token and secrets. Expressions in the script of actions/github-script are reported for the same reason.
# custom:
#   id: TG-GHA-004
#   severity: high
#   dimension: security
#   kinds: [pipeline]
#   frameworks: {openssf-scorecard: ["Dangerous-Workflow"], cwe: ["CWE-78", "CWE-94"], nist-800-53: ["SI-10"]}
#   remediation: |
#     Pass the value through an environment variable and quote it in the script:
#       - name: Greet
#         env:
#           TITLE: ${{ github.event.issue.title }}
#         run: echo "New issue: $TITLE"
package tollgate.pipeline.script_injection

import rego.v1

# Event fields an outsider controls.
untrusted := [
	`github\.event\.issue\.(title|body)\b`,
	`github\.event\.pull_request\.(title|body|head\.ref|head\.label)\b`,
	`github\.event\.comment\.body\b`,
	`github\.event\.review\.body\b`,
	`github\.event\.review_comment\.body\b`,
	`github\.event\.pages\b.*\.page_name\b`,
	`github\.event\.commits\b.*\.(message|author\.email|author\.name)\b`,
	`github\.event\.head_commit\.(message|author\.)`,
	`github\.event\.workflow_run\.head_branch\b`,
	`github\.event\.workflow_run\.head_commit\.(message|author\.)`,
	`github\.event\.discussion\.(title|body)\b`,
	`github\.head_ref\b`,
]

deny contains finding if {
	some [id, i, step] in steps
	is_string(step.run)
	bad := sort({e | some e in items(step.expressions); dangerous(e)})
	count(bad) > 0
	finding := {
		"resource": sprintf("jobs.%s", [id]),
		"path": ["steps", i, "run"],
		"message": sprintf("Job jobs.%s interpolates untrusted %s into a run script.", [id, concat(", ", bad)]),
	}
}

# actions/github-script evaluates `script` as JavaScript after the same interpolation.
deny contains finding if {
	some [id, i, step] in steps
	is_object(step.uses)
	is_string(step.uses.action)
	lower(step.uses.action) == "actions/github-script"
	is_object(step["with"])
	script := step["with"].script
	is_string(script)
	bad := sort({trim_space(trim_suffix(trim_prefix(e, "${{"), "}}")) | some e in regex.find_n(`\$\{\{[^}]*\}\}`, script, -1); dangerous(e)})
	count(bad) > 0
	finding := {
		"resource": sprintf("jobs.%s", [id]),
		"path": ["steps", i, "with", "script"],
		"message": sprintf("Job jobs.%s interpolates untrusted %s into a github-script script.", [id, concat(", ", bad)]),
	}
}

# steps contains [job id, step index, step] for every step of a GitHub workflow.
steps contains [id, index, step] if {
	input.platform == "github"
	is_object(input.github)
	is_object(input.github.jobs)
	some id, job in input.github.jobs
	is_object(job)
	some i, step in items(job.steps)
	is_object(step)
	index := step_index(step, i)
}

dangerous(expression) if {
	is_string(expression)
	some pattern in untrusted
	regex.match(concat("", ["(?i)", pattern]), expression)
}

step_index(step, i) := step.index if is_number(step.index)

step_index(step, i) := i if not is_number(step.index)

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
