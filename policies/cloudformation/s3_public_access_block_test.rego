package tollgate.cloudformation.s3_public_access_block_test

import rego.v1

import data.tollgate.cloudformation.s3_public_access_block as pab

bucket(props) := {"address": "Bucket", "type": "AWS::S3::Bucket", "name": "Bucket", "attributes": props, "refs": []}

all_on := {
	"BlockPublicAcls": true,
	"BlockPublicPolicy": true,
	"IgnorePublicAcls": true,
	"RestrictPublicBuckets": true,
}

test_bucket_without_block_fails if {
	findings := pab.deny with input as {"kind": "cloudformation", "resources": [bucket({"BucketName": "data"})]}
	count(findings) == 1
	some f in findings
	f.path == ["PublicAccessBlockConfiguration"]
}

test_setting_false_fails if {
	findings := pab.deny with input as {"kind": "cloudformation", "resources": [bucket({"PublicAccessBlockConfiguration": object.union(all_on, {"RestrictPublicBuckets": "false"})})]}
	count(findings) == 1
	some f in findings
	f.path == ["PublicAccessBlockConfiguration", "RestrictPublicBuckets"]
}

test_setting_missing_fails if {
	count(pab.deny) == 1 with input as {"kind": "cloudformation", "resources": [bucket({"PublicAccessBlockConfiguration": object.remove(all_on, ["BlockPublicAcls"])})]}
}

test_all_settings_pass if {
	count(pab.deny) == 0 with input as {"kind": "cloudformation", "resources": [bucket({"PublicAccessBlockConfiguration": all_on})]}
}

test_unknown_setting_not_reported if {
	count(pab.deny) == 0 with input as {"kind": "cloudformation", "resources": [bucket({"PublicAccessBlockConfiguration": object.union(all_on, {"BlockPublicPolicy": {"__unknown__": "Fn::If Strict"}})})]}
}

test_unknown_configuration_not_reported if {
	count(pab.deny) == 0 with input as {"kind": "cloudformation", "resources": [bucket({"PublicAccessBlockConfiguration": {"__unknown__": "Fn::If Strict"}})]}
}
