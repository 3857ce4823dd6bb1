# METADATA
# title: Reusable workflows get only the secrets they need
# description: "`secrets: inherit` hands every secret of the calling repository, organization and environment to the called workflow, including those it never uses. A change to that workflow, or to any action it runs, can then read all of them. Pass the secrets the workflow declares, by name."
# custom:
#   id: TG-GHA-009
#   severity: medium
#   dimension: security
#   kinds: [pipeline]
#   frameworks: {nist-800-53: ["AC-6"]}
#   remediation: |
#     Name the secrets the called workflow declares under on.workflow_call.secrets:
#       jobs:
#         release:
#           uses: acme/workflows/.github/workflows/release.yml@4f58ea79222b3b9dc2c8bbdd6debcef730109a75 # v2.1.0
#           secrets:
#             registry-token: ${{ secrets.REGISTRY_TOKEN }}
package tollgate.pipeline.secrets_inherit

import rego.v1

deny contains finding if {
	input.platform == "github"
	some r in items(input.resources)
	is_object(r)
	r.type == "job"
	is_string(r.address)
	is_object(r.attributes)
	secrets := r.attributes.secrets
	is_string(secrets)
	lower(trim_space(secrets)) == "inherit"
	finding := {
		"resource": r.address,
		"path": ["secrets"],
		"message": sprintf("Job %s passes every secret to %s with secrets: inherit.", [r.address, called(r.attributes)]),
	}
}

called(attributes) := attributes.uses if is_string(attributes.uses)

called(attributes) := "the called workflow" if not is_string(attributes.uses)

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
