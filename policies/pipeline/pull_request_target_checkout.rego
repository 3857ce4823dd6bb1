# METADATA
# title: pull_request_target workflows do not check out the pull request head
# description: pull_request_target runs with the base repository's secrets and a write token. Checking out the pull request's head (its sha, ref, merge ref or fork repository) and then building or testing it runs an attacker's code with those privileges ("pwn request").
# custom:
#   id: TG-GHA-003
#   severity: critical
#   dimension: security
#   kinds: [pipeline]
#   frameworks: {openssf-scorecard: ["Dangerous-Workflow"], nist-800-53: ["AC-6", "SI-10"]}
#   remediation: |
#     Build untrusted code under `pull_request` (no secrets, read-only token), and keep
#     pull_request_target for jobs that never check out the contributor's code:
#       on: pull_request
#       permissions:
#         contents: read
#       jobs:
#         test:
#           runs-on: ubuntu-latest
#           steps:
#             - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
#             - run: make test
#     If results must be written back, pass them to a separate workflow_run workflow as artifacts.
package tollgate.pipeline.pull_request_target_checkout

import rego.v1

# References to the pull request's own code: head sha/ref/repo, the head_ref context and refs/pull/N/(head|merge).
untrusted_ref := `github\.event\.pull_request\.head\.|github\.head_ref\b|refs/pull/`

deny contains finding if {
	input.platform == "github"
	pull_request_target
	is_object(input.github)
	is_object(input.github.jobs)
	some id, job in input.github.jobs
	is_object(job)
	some i, step in items(job.steps)
	is_object(step)
	is_object(step.uses)
	is_string(step.uses.action)
	lower(step.uses.action) == "actions/checkout"
	is_object(step["with"])
	some key in ["ref", "repository"]
	value := step["with"][key]
	is_string(value)
	regex.match(untrusted_ref, value)
	finding := {
		"resource": sprintf("jobs.%s", [id]),
		"path": ["steps", step_index(step, i), "with", key],
		"message": sprintf("Job jobs.%s of a pull_request_target workflow checks out the pull request's code (%s: %s).", [id, key, value]),
	}
}

pull_request_target if "pull_request_target" in items(object.get(object_or_empty(input.pipeline), "triggers", []))

pull_request_target if {
	is_object(input.github)
	on := object.get(input.github, "on", null)
	triggered_by(on, "pull_request_target")
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
