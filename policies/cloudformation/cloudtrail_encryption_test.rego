package tollgate.cloudformation.cloudtrail_encryption_test

import rego.v1

trail(properties) := {
	"kind": "cloudformation",
	"path": "template.yaml",
	"parameters": {},
	"conditions": {},
	"resources": [{
		"address": "Trail",
		"type": "AWS::CloudTrail::Trail",
		"name": "Trail",
		"attributes": properties,
	}],
}

test_no_kms_key_fails if {
	doc := trail({"IsLogging": true, "S3BucketName": "logs"})
	findings := data.tollgate.cloudformation.cloudtrail_encryption.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "Trail"
	f.path == ["KMSKeyId"]
}

test_no_properties_fails if {
	doc := {"kind": "cloudformation", "path": "template.yaml", "resources": [{
		"address": "Trail",
		"type": "AWS::CloudTrail::Trail",
		"name": "Trail",
		"attributes": {},
	}]}
	count(data.tollgate.cloudformation.cloudtrail_encryption.deny) == 1 with input as doc
}

test_kms_key_alias_passes if {
	doc := trail({"IsLogging": true, "KMSKeyId": "alias/cloudtrail"})
	count(data.tollgate.cloudformation.cloudtrail_encryption.deny) == 0 with input as doc
}

test_referenced_kms_key_passes if {
	doc := trail({"IsLogging": true, "KMSKeyId": {"__unknown__": "TrailKey.Arn", "__ref__": "TrailKey"}})
	count(data.tollgate.cloudformation.cloudtrail_encryption.deny) == 0 with input as doc
}

test_unknown_kms_key_passes if {
	doc := trail({"IsLogging": true, "KMSKeyId": {"__unknown__": "KmsKeyArn"}})
	count(data.tollgate.cloudformation.cloudtrail_encryption.deny) == 0 with input as doc
}
