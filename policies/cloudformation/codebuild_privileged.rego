# METADATA
# title: CodeBuild projects do not run privileged
# description: Privileged mode lifts the isolation between the build container and its host, so the build commands and every dependency they run get root-level access to the host's devices and kernel features. It is needed only to run a Docker daemon inside the build (docker build and docker run). Keep it off in other projects, and build images in a project of their own so that tests and third-party code run unprivileged.
# custom:
#   id: TG-AWS-CB-001
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AC-6"]}
#   remediation: |
#     Turn privileged mode off unless the project builds Docker images:
#       Tests:
#         Type: AWS::CodeBuild::Project
#         Properties:
#           ServiceRole: !GetAtt CodeBuildRole.Arn
#           Artifacts:
#             Type: NO_ARTIFACTS
#           Environment:
#             ComputeType: BUILD_GENERAL1_SMALL
#             Image: aws/codebuild/amazonlinux2-x86_64-standard:5.0
#             Type: LINUX_CONTAINER
#             PrivilegedMode: false
#           Source:
#             Type: GITHUB
#             Location: https://github.com/acme/app.git
package tollgate.cloudformation.codebuild_privileged

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::CodeBuild::Project")
	is_object(r.attributes)
	known_true(r.attributes.Environment.PrivilegedMode)
	finding := {
		"resource": r.address,
		"path": ["Environment", "PrivilegedMode"],
		"message": sprintf("CodeBuild project %s runs its builds in privileged mode; this is needed only to run Docker inside the build and gives the build root-level access to the host.", [r.address]),
	}
}

# CloudFormation accepts booleans as strings ("true").
known_true(x) if x == true

known_true(x) if {
	is_string(x)
	lower(x) == "true"
}
