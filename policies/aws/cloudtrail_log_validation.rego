# METADATA
# title: CloudTrail trails validate log file integrity
# description: Without log file validation CloudTrail writes no signed digest files, so a log altered or deleted after delivery cannot be detected.
# custom:
#   id: TG-AWS-CT-001
#   severity: medium
#   dimension: security
#   kinds: [aws]
#   frameworks: {cis-aws-foundations: ["3.2"], nist-800-53: ["AU-9"]}
#   remediation: |
#     Turn on log file validation on the trail (in its home region):
#       aws cloudtrail update-trail --name TRAIL --enable-log-file-validation
#     and in the code that deploys it (Terraform aws_cloudtrail enable_log_file_validation = true,
#     CloudFormation EnableLogFileValidation: true).
package tollgate.aws.cloudtrail_log_validation

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in trails
	not is_true(object.get(r.configuration, "logFileValidationEnabled", null))
	finding := {
		"resource": r.address,
		"path": ["configuration", "logFileValidationEnabled"],
		"message": sprintf("CloudTrail trail %s in %s does not validate its log files, so altered or deleted logs go unnoticed.", [trail_name(r), r.region]),
	}
}

is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
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

