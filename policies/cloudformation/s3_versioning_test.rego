package tollgate.cloudformation.s3_versioning_test

import rego.v1

import data.tollgate.cloudformation.s3_versioning

bucket(props) := {"address": "Bucket", "type": "AWS::S3::Bucket", "name": "Bucket", "attributes": props, "refs": []}

test_bucket_without_versioning_fails if {
	findings := s3_versioning.deny with input as {"kind": "cloudformation", "resources": [bucket({"BucketName": "data"})]}
	count(findings) == 1
	some f in findings
	f.path == ["VersioningConfiguration"]
}

test_versioning_suspended_fails if {
	findings := s3_versioning.deny with input as {"kind": "cloudformation", "resources": [bucket({"VersioningConfiguration": {"Status": "Suspended"}})]}
	count(findings) == 1
	some f in findings
	f.path == ["VersioningConfiguration", "Status"]
}

test_versioning_enabled_passes if {
	count(s3_versioning.deny) == 0 with input as {"kind": "cloudformation", "resources": [bucket({"VersioningConfiguration": {"Status": "Enabled"}})]}
}

test_unknown_status_not_reported if {
	count(s3_versioning.deny) == 0 with input as {"kind": "cloudformation", "resources": [bucket({"VersioningConfiguration": {"Status": {"__unknown__": "Fn::If IsProd"}}})]}
}
