package tollgate.aws.cloudtrail_log_validation_test

import rego.v1

import data.tollgate.aws.cloudtrail_log_validation

doc(resources) := {
	"kind": "aws", "path": "aws/111111111111/eu-west-1", "account": "111111111111",
	"region": "eu-west-1", "partition": "aws", "collected_at": "2026-11-25T02:00:00Z",
	"resources": resources,
}

item(type, id, arn, configuration, supplementary) := {
	"address": arn, "type": type, "id": id, "name": id, "arn": arn,
	"account": "111111111111", "region": "eu-west-1", "tags": {},
	"configuration": configuration, "supplementary": supplementary, "relationships": [],
}

# trail(name, settings) is a compliant trail of this account and region with settings applied.
trail(name, settings) := item("AWS::CloudTrail::Trail", name, sprintf("arn:aws:cloudtrail:eu-west-1:111111111111:trail/%s", [name]), object.union({
	"name": name, "s3BucketName": "acme-trail", "includeGlobalServiceEvents": true,
	"isMultiRegionTrail": true, "homeRegion": "eu-west-1",
	"trailARN": sprintf("arn:aws:cloudtrail:eu-west-1:111111111111:trail/%s", [name]),
	"logFileValidationEnabled": true,
	"cloudWatchLogsLogGroupArn": "arn:aws:logs:eu-west-1:111111111111:log-group:/aws/cloudtrail/main:*",
	"cloudWatchLogsRoleArn": "arn:aws:iam::111111111111:role/CloudTrailToCloudWatch",
	"kmsKeyId": "arn:aws:kms:eu-west-1:111111111111:key/1111", "hasCustomEventSelectors": false,
	"hasInsightSelectors": false, "isOrganizationTrail": false,
}, settings), {})

# shadow(settings) is the copy of a trail of us-east-1, or of another account, recorded here.
shadow(settings) := object.union(trail("main", {}), {"configuration": object.union(trail("main", {}).configuration, settings)})

test_trail_fails if {
	findings := cloudtrail_log_validation.deny with input as doc([trail("main", {"logFileValidationEnabled": false})])
	count(findings) == 1
	some f in findings
	f.resource == "arn:aws:cloudtrail:eu-west-1:111111111111:trail/main"
	f.path == ["configuration", "logFileValidationEnabled"]
	contains(f.message, "main")
}

test_other_bad_values_fail if {
	count(cloudtrail_log_validation.deny) == 2 with input as doc([
		trail("a", {"logFileValidationEnabled": "false"}),
		item("AWS::CloudTrail::Trail", "b", "arn:aws:cloudtrail:eu-west-1:111111111111:trail/b", object.remove(trail("b", {}).configuration, ["logFileValidationEnabled"]), {}),
	])
}

test_compliant_trail_passes if {
	count(cloudtrail_log_validation.deny) == 0 with input as doc([trail("main", {"logFileValidationEnabled": true})])
}

test_copies_of_other_regions_and_accounts_are_left_out if {
	count(cloudtrail_log_validation.deny) == 0 with input as doc([
		shadow({"homeRegion": "us-east-1", "logFileValidationEnabled": false}),
		shadow({"trailARN": "arn:aws:cloudtrail:eu-west-1:222222222222:trail/org", "logFileValidationEnabled": false}),
		item("AWS::CloudTrail::Trail", "odd", "arn:aws:cloudtrail:eu-west-1:111111111111:trail/odd", null, {}),
	])
}
