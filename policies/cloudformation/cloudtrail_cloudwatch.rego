# METADATA
# title: CloudTrail sends events to CloudWatch Logs
# description: A trail that only writes to S3 can be searched after the fact but not watched. Delivering its events to a CloudWatch Logs group lets metric filters and alarms report root logins, policy changes and console sign-in failures as they happen.
# custom:
#   id: TG-AWS-CT-004
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AU-6"]}
#   remediation: |
#     Deliver the trail to a log group, with a role CloudTrail can assume to write to it:
#       TrailLogGroup:
#         Type: AWS::Logs::LogGroup
#         Properties:
#           RetentionInDays: 365
#       Trail:
#         Type: AWS::CloudTrail::Trail
#         Properties:
#           IsLogging: true
#           IsMultiRegionTrail: true
#           S3BucketName: !Ref TrailBucket
#           CloudWatchLogsLogGroupArn: !GetAtt TrailLogGroup.Arn
#           CloudWatchLogsRoleArn: !GetAtt TrailLogsRole.Arn
package tollgate.cloudformation.cloudtrail_cloudwatch

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::CloudTrail::Trail")
	is_object(r.attributes)
	object.get(r.attributes, "CloudWatchLogsLogGroupArn", null) in {null, ""}
	finding := {
		"resource": r.address,
		"path": ["CloudWatchLogsLogGroupArn"],
		"message": sprintf("CloudTrail trail %s does not send its events to CloudWatch Logs.", [r.address]),
	}
}
