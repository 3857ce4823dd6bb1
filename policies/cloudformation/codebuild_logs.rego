# METADATA
# title: CodeBuild projects keep build logs
# description: CodeBuild sends build logs to CloudWatch Logs unless LogsConfig turns that off; with CloudWatch Logs disabled and no S3 logs (off by default) a project keeps no record of what its builds ran, which is what an investigation of a compromised build or a failed release needs.
# custom:
#   id: TG-AWS-CB-003
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AU-2", "AU-12"]}
#   remediation: |
#     Keep CloudWatch Logs on (the default) or send the logs to S3:
#       Build:
#         Type: AWS::CodeBuild::Project
#         Properties:
#           ServiceRole: !GetAtt CodeBuildRole.Arn
#           Artifacts:
#             Type: CODEPIPELINE
#           Source:
#             Type: CODEPIPELINE
#           Environment:
#             ComputeType: BUILD_GENERAL1_SMALL
#             Image: aws/codebuild/amazonlinux2-x86_64-standard:5.0
#             Type: LINUX_CONTAINER
#           LogsConfig:
#             CloudWatchLogs:
#               Status: ENABLED
#               GroupName: !Ref BuildLogGroup
package tollgate.cloudformation.codebuild_logs

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::CodeBuild::Project")
	is_object(r.attributes)
	config := r.attributes.LogsConfig
	is_object(config)
	disabled(config.CloudWatchLogs.Status)
	not s3_may_log(config)
	finding := {
		"resource": r.address,
		"path": ["LogsConfig", "CloudWatchLogs", "Status"],
		"message": sprintf("CodeBuild project %s disables CloudWatch Logs and sends no logs to S3, so its build logs are not kept.", [r.address]),
	}
}

# S3 logs are off unless S3Logs says otherwise; a value that cannot be known may turn them on.
s3_may_log(config) if lib.is_unknown(config.S3Logs)

s3_may_log(config) if {
	is_object(config.S3Logs)
	not disabled(object.get(config.S3Logs, "Status", "DISABLED"))
}

disabled(x) if {
	is_string(x)
	upper(x) == "DISABLED"
}
