# METADATA
# title: Checkout does not persist the token
# description: actions/checkout writes the job's GITHUB_TOKEN into .git/config unless persist-credentials is false, so every later step, build script and dependency can read it, and an upload of the workspace (an artifact, a cache, a container image built from the directory) publishes it. Only a literal true or a missing input is reported; a value given by an expression is left to the author.
# custom:
#   id: TG-GHA-007
#   severity: low
#   dimension: security
#   kinds: [pipeline]
#   frameworks: {nist-800-53: ["IA-5"]}
#   remediation: |
#     Check out without keeping the token, and pass a token explicitly to the one step that pushes:
#       - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
#         with:
#           persist-credentials: false
package tollgate.pipeline.checkout_persist_credentials

import rego.v1

deny contains finding if {
	input.platform == "github"
	is_object(input.github)
	is_object(input.github.jobs)
	some id, job in input.github.jobs
	is_object(job)
	some i, step in items(job.steps)
	is_object(step)
	is_object(step.uses)
	is_string(step.uses.action)
	lower(step.uses.action) == "actions/checkout"
	persists(step)
	index := step_index(step, i)
	finding := {
		"resource": sprintf("jobs.%s", [id]),
		"path": ["steps", index, "with", "persist-credentials"],
		"message": sprintf("Job jobs.%s checks out the repository with the token persisted in .git/config (step %d).", [id, index]),
	}
}

persists(step) if not "persist-credentials" in object.keys(object_or_empty(step["with"]))

persists(step) if {
	is_object(step["with"])
	true_value(step["with"]["persist-credentials"])
}

true_value(x) if x == true

true_value(x) if {
	is_string(x)
	lower(trim_space(x)) == "true"
}

step_index(step, i) := step.index if is_number(step.index)

step_index(step, i) := i if not is_number(step.index)

object_or_empty(x) := x if is_object(x)

object_or_empty(x) := {} if not is_object(x)

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
