# METADATA
# title: CloudTrail sends events to CloudWatch Logs
# description: A trail that only writes to S3 can be searched after the fact but not watched. Delivering its events to a CloudWatch Logs group lets metric filters and alarms report root logins, policy changes and console sign-in failures as they happen.
# custom:
#   id: TG-AWS-CT-004
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AU-6"]}
#   remediation: |
#     Deliver the trail to a log group, with a role CloudTrail can assume to write to it:
#       resource "aws_cloudwatch_log_group" "trail" {
#         name              = "/aws/cloudtrail/main"
#         retention_in_days = 365
#       }
#       resource "aws_cloudtrail" "main" {
#         name                       = "main"
#         s3_bucket_name             = aws_s3_bucket.trail.id
#         is_multi_region_trail      = true
#         cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
#         cloud_watch_logs_role_arn  = aws_iam_role.trail_logs.arn
#       }
package tollgate.terraform.cloudtrail_cloudwatch

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_cloudtrail")
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	object.get(r.attributes, "cloud_watch_logs_group_arn", null) in {null, ""}
	finding := {
		"resource": r.address,
		"path": ["cloud_watch_logs_group_arn"],
		"message": sprintf("CloudTrail trail %s does not send its events to CloudWatch Logs.", [r.address]),
	}
}
