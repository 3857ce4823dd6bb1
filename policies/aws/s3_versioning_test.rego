package tollgate.aws.s3_versioning_test

import rego.v1

import data.tollgate.aws.s3_versioning

doc(resources) := {
	"kind": "aws", "path": "aws/111111111111/eu-west-1", "account": "111111111111",
	"region": "eu-west-1", "partition": "aws", "collected_at": "2026-11-25T02:00:00Z",
	"resources": resources,
}

bucket(name, supplementary) := {
	"address": sprintf("arn:aws:s3:::%s", [name]), "type": "AWS::S3::Bucket", "id": name, "name": name,
	"arn": sprintf("arn:aws:s3:::%s", [name]), "account": "111111111111", "region": "eu-west-1", "tags": {},
	"configuration": {"name": name, "owner": {"id": "abc"}, "creationDate": "2019-03-01T10:00:00.000Z"},
	"supplementary": supplementary, "relationships": [],
}

versioning(status) := {"BucketVersioningConfiguration": {"status": status, "isMfaDeleteEnabled": null}}

test_off_and_suspended_fail if {
	findings := s3_versioning.deny with input as doc([bucket("a", versioning("Off")), bucket("b", versioning("Suspended"))])
	count(findings) == 2
	some f in findings
	f.resource == "arn:aws:s3:::b"
	f.path == ["supplementary", "BucketVersioningConfiguration", "status"]
	contains(f.message, "Suspended")
}

test_enabled_passes if {
	count(s3_versioning.deny) == 0 with input as doc([bucket("a", versioning("Enabled"))])
}

test_missing_configuration_is_off if {
	findings := s3_versioning.deny with input as doc([
		bucket("a", {}),
		bucket("b", {"BucketVersioningConfiguration": null}),
		object.remove(bucket("c", {}), ["supplementary"]),
	])
	count(findings) == 3
	every f in findings {
		contains(f.message, "versioning is Off")
	}
}
