# METADATA
# title: Third-party actions are pinned to a commit SHA
# description: A tag or branch of a third-party action can be moved by its owner, or by whoever compromises the owner, to code that then runs with the workflow's token and secrets. Only a full commit SHA is immutable. Actions of the `actions` and `github` organizations, local actions and docker:// references are not checked; reusable workflows called at job level are.
# custom:
#   id: TG-GHA-001
#   severity: medium
#   dimension: security
#   kinds: [pipeline]
#   frameworks: {openssf-scorecard: ["Pinned-Dependencies"], slsa: ["build-l3"], nist-800-53: ["SR-11"]}
#   remediation: |
#     Pin the action to the full commit SHA of the release, and keep the version as a comment
#     (Dependabot and Renovate update both):
#       - uses: docker/build-push-action@4f58ea79222b3b9dc2c8bbdd6debcef730109a75 # v6.9.0
package tollgate.pipeline.actions_pinned

import rego.v1

trusted_owners := {"actions", "github"}

deny contains finding if {
	input.platform == "github"
	is_object(input.github)
	is_object(input.github.jobs)
	some id, job in input.github.jobs
	is_object(job)
	some i, step in items(job.steps)
	is_object(step)
	is_object(step.uses)
	action := step.uses.action
	third_party(action)
	not step.uses.ref_kind in {"sha", "local", "docker"}
	finding := {
		"resource": sprintf("jobs.%s", [id]),
		"path": ["steps", step_index(step, i), "uses"],
		"message": sprintf("Job jobs.%s uses %s at %s, which is not a commit SHA.", [id, action, ref_text(step.uses.ref)]),
	}
}

# A reusable workflow called by a job: `uses: owner/repo/.github/workflows/x.yml@ref`.
deny contains finding if {
	input.platform == "github"
	some r in items(input.resources)
	is_object(r)
	r.type == "job"
	is_object(r.attributes)
	uses := r.attributes.uses
	is_string(uses)
	not startswith(uses, "./")
	parts := split(uses, "@")
	third_party(parts[0])
	not sha(workflow_ref(parts))
	finding := {
		"resource": r.address,
		"path": ["uses"],
		"message": sprintf("Job %s calls the reusable workflow %s, which is not pinned to a commit SHA.", [r.address, uses]),
	}
}

third_party(action) if {
	is_string(action)
	not startswith(action, "./")
	not startswith(action, "docker://")
	owner := lower(split(action, "/")[0])
	not owner in trusted_owners
}

workflow_ref(parts) := parts[1] if count(parts) > 1

workflow_ref(parts) := "" if count(parts) < 2

sha(ref) if regex.match(`^[0-9a-fA-F]{40}$`, ref)

ref_text(ref) := ref if is_string(ref)

ref_text(ref) := "no ref" if not is_string(ref)

step_index(step, i) := step.index if is_number(step.index)

step_index(step, i) := i if not is_number(step.index)

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
