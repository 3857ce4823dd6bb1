# METADATA
# title: CodeBuild projects keep build logs
# description: CodeBuild sends build logs to CloudWatch Logs unless logs_config turns that off; with CloudWatch Logs disabled and no S3 logs (off by default) a project keeps no record of what its builds ran, which is what an investigation of a compromised build or a failed release needs.
# custom:
#   id: TG-AWS-CB-003
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AU-2", "AU-12"]}
#   remediation: |
#     Keep CloudWatch Logs on (the default) or send the logs to S3:
#       resource "aws_codebuild_project" "build" {
#         name         = "build"
#         service_role = aws_iam_role.codebuild.arn
#         artifacts {
#           type = "NO_ARTIFACTS"
#         }
#         environment {
#           compute_type = "BUILD_GENERAL1_SMALL"
#           image        = "aws/codebuild/amazonlinux2-x86_64-standard:5.0"
#           type         = "LINUX_CONTAINER"
#         }
#         source {
#           type = "CODEPIPELINE"
#         }
#         logs_config {
#           cloudwatch_logs {
#             status     = "ENABLED"
#             group_name = aws_cloudwatch_log_group.codebuild.name
#           }
#         }
#       }
package tollgate.terraform.codebuild_logs

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_codebuild_project")
	some i, config in items(r.attributes.logs_config)
	is_object(config)
	some j, cloudwatch in items(config.cloudwatch_logs)
	disabled(cloudwatch.status)
	not s3_may_log(config)
	finding := {
		"resource": r.address,
		"path": ["logs_config", i, "cloudwatch_logs", j, "status"],
		"message": sprintf("CodeBuild project %s disables CloudWatch Logs and sends no logs to S3, so its build logs are not kept.", [r.address]),
	}
}

# s3_logs status defaults to DISABLED; anything else, or a block that cannot be known, may log.
s3_may_log(config) if lib.is_unknown(config.s3_logs)

s3_may_log(config) if {
	some s3 in items(config.s3_logs)
	lib.is_unknown(s3)
}

s3_may_log(config) if {
	some s3 in items(config.s3_logs)
	is_object(s3)
	not disabled(object.get(s3, "status", "DISABLED"))
}

disabled(x) if {
	is_string(x)
	upper(x) == "DISABLED"
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
