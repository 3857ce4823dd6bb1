# METADATA
# title: CloudTrail sends events to CloudWatch Logs
# description: A trail that only writes to S3 can be searched after the fact but not watched. Delivering its events to a CloudWatch Logs group lets metric filters and alarms report root logins, policy changes and console sign-in failures as they happen.
# custom:
#   id: TG-AWS-CT-004
#   severity: low
#   dimension: security
#   kinds: [aws]
#   frameworks: {nist-800-53: ["AU-6"]}
#   remediation: |
#     Deliver the trail to a log group, with a role CloudTrail can assume to write to it:
#       aws cloudtrail update-trail --name TRAIL \
#         --cloud-watch-logs-log-group-arn arn:aws:logs:REGION:ACCOUNT:log-group:/aws/cloudtrail/TRAIL:* \
#         --cloud-watch-logs-role-arn arn:aws:iam::ACCOUNT:role/CloudTrailToCloudWatch
#     and in the code that deploys it (Terraform aws_cloudtrail cloud_watch_logs_group_arn and
#     cloud_watch_logs_role_arn, CloudFormation CloudWatchLogsLogGroupArn and CloudWatchLogsRoleArn).
package tollgate.aws.cloudtrail_cloudwatch

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in trails
	object.get(r.configuration, "cloudWatchLogsLogGroupArn", null) in {null, ""}
	finding := {
		"resource": r.address,
		"path": ["configuration", "cloudWatchLogsLogGroupArn"],
		"message": sprintf("CloudTrail trail %s in %s does not send its events to CloudWatch Logs.", [trail_name(r), r.region]),
	}
}

# trails is the set of trails recorded in their home region by their own account: AWS Config
# may also record a multi-region trail in the other regions, where it cannot be changed.
trails contains r if {
	some r in lib.resources("AWS::CloudTrail::Trail")
	is_object(r.configuration)
	object.get(r.configuration, "homeRegion", r.region) in {r.region, null}
	not other_account(r)
}

other_account(r) if {
	arn := r.configuration.trailARN
	is_string(arn)
	parts := split(arn, ":")
	count(parts) > 4
	parts[4] != r.account
}

# trail_name(r) is the trail's name as AWS Config records it.
trail_name(r) := n if {
	n := r.configuration.name
	is_string(n)
} else := r.name

