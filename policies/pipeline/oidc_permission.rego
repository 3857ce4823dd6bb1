# METADATA
# title: Cloud credentials come from OIDC with a scoped token
# description: A job that signs in to AWS, Azure or Google Cloud through GitHub's OIDC provider (role-to-assume, client-id, workload_identity_provider) needs `id-token write` in its effective permissions, the job's own block or else the workflow's. Without it the sign-in fails at deploy time, and the usual fix under pressure is a long-lived key or write-all. Grant id-token write to that job only, beside read-only contents.
# custom:
#   id: TG-GHA-012
#   severity: low
#   dimension: security
#   kinds: [pipeline]
#   frameworks: {nist-800-53: ["AC-6"]}
#   remediation: |
#     Grant the OIDC token to the job that signs in, and nothing more:
#       deploy:
#         runs-on: ubuntu-latest
#         permissions:
#           contents: read
#           id-token: write
#         steps:
#           - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502 # v4.0.2
#             with:
#               role-to-assume: arn:aws:iam::123456789012:role/github-deploy
#               aws-region: eu-west-1
package tollgate.pipeline.oidc_permission

import rego.v1

deny contains finding if {
	input.platform == "github"
	is_object(input.github)
	is_object(input.github.jobs)
	some id, job in input.github.jobs
	is_object(job)
	providers := sort({p | some step in items(job.steps); p := oidc_login(step)})
	count(providers) > 0
	job_permissions := object.get(job, "permissions", null)
	effective := effective_permissions(job_permissions)
	not id_token_write(effective)
	finding := {
		"resource": sprintf("jobs.%s", [id]),
		"path": permissions_path(job_permissions),
		"message": sprintf("Job jobs.%s signs in to %s through OIDC but its %s permissions do not grant id-token: write.", [id, concat(", ", providers), source(job_permissions)]),
	}
}

# oidc_login(step) names the cloud a step signs in to with GitHub's OIDC token.
oidc_login(step) := "AWS" if {
	action(step) == "aws-actions/configure-aws-credentials"
	given(step, "role-to-assume")
	not given(step, "aws-access-key-id")
	not given(step, "web-identity-token-file")
}

oidc_login(step) := "Azure" if {
	action(step) == "azure/login"
	given(step, "client-id")
	not given(step, "creds")
	not managed_identity(step)
}

oidc_login(step) := "Google Cloud" if {
	action(step) == "google-github-actions/auth"
	given(step, "workload_identity_provider")
	not given(step, "credentials_json")
}

action(step) := lower(step.uses.action) if {
	is_object(step)
	is_object(step.uses)
	is_string(step.uses.action)
}

given(step, key) if {
	is_object(step["with"])
	value := step["with"][key]
	value != null
	value != ""
}

managed_identity(step) if {
	is_string(step["with"]["auth-type"])
	upper(step["with"]["auth-type"]) == "IDENTITY"
}

# A job's own permissions replace the workflow's; with neither, the repository default applies,
# which never includes id-token.
effective_permissions(job_permissions) := job_permissions if job_permissions != null

effective_permissions(job_permissions) := object.get(input.github, "permissions", null) if job_permissions == null

id_token_write(p) if {
	is_object(p)
	is_string(p["id-token"])
	lower(p["id-token"]) == "write"
}

id_token_write(p) if {
	is_string(p)
	lower(trim_space(p)) == "write-all"
}

permissions_path(job_permissions) := ["permissions", "id-token"] if is_object(job_permissions)

permissions_path(job_permissions) := ["permissions"] if not is_object(job_permissions)

source(job_permissions) := "job" if job_permissions != null

source(job_permissions) := "workflow" if {
	job_permissions == null
	object.get(input.github, "permissions", null) != null
}

source(job_permissions) := "default" if {
	job_permissions == null
	object.get(input.github, "permissions", null) == null
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
