# METADATA
# title: Workflows declare least-privilege token permissions
# description: A workflow without a `permissions` block gives every job whose own block is missing the repository's default GITHUB_TOKEN scope, which is read-write on older repositories and organizations; `write-all` grants every scope explicitly. A compromised step or dependency then pushes code, publishes releases or approves pull requests with that token.
# custom:
#   id: TG-GHA-002
#   severity: medium
#   dimension: security
#   kinds: [pipeline]
#   frameworks: {openssf-scorecard: ["Token-Permissions"], nist-800-53: ["AC-6"]}
#   remediation: |
#     Default the whole workflow to read-only and grant more only to the job that needs it:
#       permissions:
#         contents: read
#       jobs:
#         release:
#           permissions:
#             contents: write
#             id-token: write
package tollgate.pipeline.workflow_permissions

import rego.v1

deny contains finding if {
	input.platform == "github"
	is_object(input.github)
	missing(object.get(input.github, "permissions", null))
	open_jobs := sort([id | some id, job in jobs; missing(permissions(job))])
	count(open_jobs) > 0
	finding := {
		"resource": "workflow",
		"path": ["permissions"],
		"message": sprintf("Workflow %s sets no permissions and neither %s, so the repository's default token permissions apply.", [input.path, jobs_phrase(open_jobs)]),
	}
}

deny contains finding if {
	input.platform == "github"
	is_object(input.github)
	write_all(object.get(input.github, "permissions", null))
	finding := {
		"resource": "workflow",
		"path": ["permissions"],
		"message": sprintf("Workflow %s grants the token write-all permissions.", [input.path]),
	}
}

deny contains finding if {
	input.platform == "github"
	some id, job in jobs
	write_all(permissions(job))
	finding := {
		"resource": sprintf("jobs.%s", [id]),
		"path": ["permissions"],
		"message": sprintf("Job jobs.%s grants the token write-all permissions.", [id]),
	}
}

jobs_phrase(ids) := sprintf("does job %s", ids) if count(ids) == 1

jobs_phrase(ids) := sprintf("do jobs %s", [concat(", ", ids)]) if count(ids) > 1

jobs := input.github.jobs if {
	is_object(input.github)
	is_object(input.github.jobs)
}

permissions(job) := object.get(job, "permissions", null) if is_object(job)

permissions(job) := null if not is_object(job)

missing(p) if p == null

write_all(p) if {
	is_string(p)
	lower(trim_space(p)) == "write-all"
}
