# METADATA
# title: workflow_run workflows do not trust artifacts from pull requests
# description: A workflow_run workflow runs with the base repository's secrets and a write token after another workflow, which may have run on a pull request from a fork. Artifacts that run uploaded are written by the pull request's code; downloading them (download-artifact with run-id, or dawidd6/action-download-artifact) and then running scripts over them lets the pull request's author inject files, paths or code into a privileged job. Downloads of the workflow's own run (no run-id) are not reported.
# custom:
#   id: TG-GHA-011
#   severity: high
#   dimension: security
#   kinds: [pipeline]
#   frameworks: {nist-800-53: ["SI-10"]}
#   remediation: |
#     Treat the artifact as untrusted data: extract it outside the workspace, read it as data only
#     (never execute it, source it or use its contents in paths or shell commands), validate what
#     you read, and keep the privileged steps in a job with minimal permissions:
#       - uses: actions/download-artifact@fa0a91b85d4f404e444e00e005971372dc801d16 # v4.1.8
#         with:
#           name: pr-number
#           path: ${{ runner.temp }}/artifact
#           run-id: ${{ github.event.workflow_run.id }}
#           github-token: ${{ github.token }}
#       - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea # v7.0.1
#         with:
#           script: |
#             const n = Number(require('fs').readFileSync(process.env.RUNNER_TEMP + '/artifact/pr-number', 'utf8'));
#             if (!Number.isInteger(n)) throw new Error('bad artifact');
package tollgate.pipeline.workflow_run_artifacts

import rego.v1

download_actions := {"actions/download-artifact", "dawidd6/action-download-artifact"}

foreign_run_inputs := {"run-id", "run_id", "workflow"}

deny contains finding if {
	input.platform == "github"
	workflow_run
	is_object(input.github)
	is_object(input.github.jobs)
	some id, job in input.github.jobs
	is_object(job)
	steps := items(job.steps)
	some i, step in steps
	is_object(step)
	is_object(step.uses)
	is_string(step.uses.action)
	lower(step.uses.action) in download_actions
	foreign_download(step)
	some later in array.slice(steps, i + 1, count(steps))
	runs_script(later)
	index := step_index(step, i)
	finding := {
		"resource": sprintf("jobs.%s", [id]),
		"path": ["steps", index, "uses"],
		"message": sprintf("Job jobs.%s of a workflow_run workflow downloads artifacts of another run (%s) and then runs scripts.", [id, step.uses.action]),
	}
}

# dawidd6/action-download-artifact always downloads from another workflow run.
foreign_download(step) if lower(step.uses.action) == "dawidd6/action-download-artifact"

foreign_download(step) if {
	is_object(step["with"])
	some key in foreign_run_inputs
	value := step["with"][key]
	value != null
	value != ""
}

runs_script(step) if {
	is_object(step)
	is_string(step.run)
	trim_space(step.run) != ""
}

workflow_run if "workflow_run" in items(object.get(object_or_empty(input.pipeline), "triggers", []))

workflow_run if {
	is_object(input.github)
	on := object.get(input.github, "on", null)
	triggered_by(on, "workflow_run")
}

triggered_by(on, event) if {
	is_object(on)
	event in object.keys(on)
}

triggered_by(on, event) if on == event

triggered_by(on, event) if {
	is_array(on)
	event in on
}

step_index(step, i) := step.index if is_number(step.index)

step_index(step, i) := i if not is_number(step.index)

object_or_empty(x) := x if is_object(x)

object_or_empty(x) := {} if not is_object(x)

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
