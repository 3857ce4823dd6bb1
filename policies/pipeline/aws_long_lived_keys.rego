# METADATA
# title: Workflows use OIDC instead of long-lived AWS keys
# description: An AWS access key stored as a repository secret never expires, works from anywhere and leaks through any step that can read the environment. GitHub's OIDC provider lets the workflow assume a role with short-lived credentials bound to this repository and branch instead.
# custom:
#   id: TG-GHA-005
#   severity: high
#   dimension: security
#   kinds: [pipeline]
#   frameworks: {nist-800-53: ["IA-5", "AC-2"]}
#   remediation: |
#     Trust GitHub's OIDC provider in an IAM role, then assume it without stored keys:
#       permissions:
#         id-token: write
#         contents: read
#       steps:
#         - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502 # v4.0.2
#           with:
#             role-to-assume: arn:aws:iam::123456789012:role/github-deploy
#             aws-region: eu-west-1
package tollgate.pipeline.aws_long_lived_keys

import rego.v1

# configure-aws-credentials given an access key id.
deny contains finding if {
	some [id, i, step] in steps
	configure_aws_credentials(step)
	is_object(step["with"])
	key := step["with"]["aws-access-key-id"]
	is_string(key)
	trim_space(key) != ""
	finding := {
		"resource": sprintf("jobs.%s", [id]),
		"path": ["steps", i, "with", "aws-access-key-id"],
		"message": sprintf("Job jobs.%s configures AWS credentials with a long-lived access key instead of an OIDC role.", [id]),
	}
}

# A step's env or with (other than configure-aws-credentials' own input, reported above).
deny contains finding if {
	some [id, i, step] in steps
	some block in ["env", "with"]
	not skip(step, block)
	is_object(step[block])
	some name, value in step[block]
	access_key(name, value)
	finding := {
		"resource": sprintf("jobs.%s", [id]),
		"path": ["steps", i, block, name],
		"message": sprintf("Job jobs.%s passes a long-lived AWS access key to a step through %s.%s.", [id, block, name]),
	}
}

# Workflow-level and job-level env.
deny contains finding if {
	input.platform == "github"
	some r in items(input.resources)
	is_object(r)
	r.type in {"workflow", "job"}
	is_object(r.attributes)
	is_object(r.attributes.env)
	some name, value in r.attributes.env
	access_key(name, value)
	finding := {
		"resource": r.address,
		"path": ["env", name],
		"message": sprintf("%s puts a long-lived AWS access key in env.%s.", [describe(r), name]),
	}
}

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

configure_aws_credentials(step) if {
	is_object(step.uses)
	is_string(step.uses.action)
	lower(step.uses.action) == "aws-actions/configure-aws-credentials"
}

skip(step, "with") if configure_aws_credentials(step)

# access_key(name, value): AWS_ACCESS_KEY_ID taken from a secret, any secret named like an
# AWS access key id, or a literal key id (AKIA…).
access_key(name, value) if {
	is_string(name)
	upper(name) == "AWS_ACCESS_KEY_ID"
	is_string(value)
	regex.match(`\bsecrets\.`, value)
}

access_key(_, value) if {
	is_string(value)
	regex.match(`(?i)\bsecrets\.[A-Z0-9_]*AWS_ACCESS_KEY_ID`, value)
}

access_key(_, value) if {
	is_string(value)
	regex.match(`\bAKIA[0-9A-Z]{16}\b`, value)
}

describe(r) := "Workflow" if r.type == "workflow"

describe(r) := sprintf("Job %s", [r.address]) if r.type == "job"

step_index(step, i) := step.index if is_number(step.index)

step_index(step, i) := i if not is_number(step.index)

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
