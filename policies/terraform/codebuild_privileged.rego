# METADATA
# title: CodeBuild projects do not run privileged
# description: Privileged mode lifts the isolation between the build container and its host, so the build commands and every dependency they run get root-level access to the host's devices and kernel features. It is needed only to run a Docker daemon inside the build (docker build and docker run). Keep it off in other projects, and build images in a project of their own so that tests and third-party code run unprivileged.
# custom:
#   id: TG-AWS-CB-001
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AC-6"]}
#   remediation: |
#     Turn privileged mode off unless the project builds Docker images:
#       resource "aws_codebuild_project" "tests" {
#         name         = "tests"
#         service_role = aws_iam_role.codebuild.arn
#         artifacts {
#           type = "NO_ARTIFACTS"
#         }
#         environment {
#           compute_type    = "BUILD_GENERAL1_SMALL"
#           image           = "aws/codebuild/amazonlinux2-x86_64-standard:5.0"
#           type            = "LINUX_CONTAINER"
#           privileged_mode = false
#         }
#         source {
#           type     = "GITHUB"
#           location = "https://github.com/acme/app.git"
#         }
#       }
package tollgate.terraform.codebuild_privileged

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_codebuild_project")
	some i, environment in items(r.attributes.environment)
	is_object(environment)
	known_true(environment.privileged_mode)
	finding := {
		"resource": r.address,
		"path": ["environment", i, "privileged_mode"],
		"message": sprintf("CodeBuild project %s runs its builds in privileged mode; this is needed only to run Docker inside the build and gives the build root-level access to the host.", [r.address]),
	}
}

known_true(x) if x == true

known_true(x) if {
	is_string(x)
	lower(x) == "true"
}

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
