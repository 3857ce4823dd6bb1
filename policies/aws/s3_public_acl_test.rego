package tollgate.aws.s3_public_acl_test

import rego.v1

import data.tollgate.aws.s3_public_acl

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

owner_grant := {"grantee": {"id": "4df55416215956920d9d056aa8b99803a294ea221222bb668b55a8c6bca81094", "displayName": null}, "permission": "FullControl"}

acl(grants) := {"AccessControlList": {
	"grantSet": null, "grantList": grants,
	"owner": {"displayName": null, "id": "4df55416215956920d9d056aa8b99803a294ea221222bb668b55a8c6bca81094"},
	"isRequesterCharged": false,
}}

test_all_users_grant_fails if {
	findings := s3_public_acl.deny with input as doc([bucket("site", acl([owner_grant, {"grantee": "AllUsers", "permission": "Read"}]))])
	count(findings) == 1
	some f in findings
	f.resource == "arn:aws:s3:::site"
	f.path == ["supplementary", "AccessControlList", "grantList", 1]
	contains(f.message, "Read")
	contains(f.message, "AllUsers")
}

test_uri_and_object_grantees_fail if {
	count(s3_public_acl.deny) == 3 with input as doc([bucket("site", acl([
		owner_grant,
		{"grantee": {"identifier": "http://acs.amazonaws.com/groups/global/AuthenticatedUsers", "typeIdentifier": "uri"}, "permission": "Write"},
		{"grantee": {"uri": "http://acs.amazonaws.com/groups/global/AllUsers"}, "permission": "ReadAcp"},
		{"grantee": "http://acs.amazonaws.com/groups/global/AllUsers", "permission": "FullControl"},
	]))])
}

test_private_and_log_delivery_pass if {
	count(s3_public_acl.deny) == 0 with input as doc([
		bucket("private", acl([owner_grant])),
		bucket("logs", acl([owner_grant, {"grantee": "LogDelivery", "permission": "Write"}, {"grantee": "LogDelivery", "permission": "ReadAcp"}])),
	])
}

test_acl_as_json_text_fails if {
	text := json.marshal({"grantSet": null, "grantList": [owner_grant, {"grantee": "AllUsers", "permission": "Read"}]})
	findings := s3_public_acl.deny with input as doc([bucket("site", {"AccessControlList": text})])
	count(findings) == 1
	some f in findings
	f.path == ["supplementary", "AccessControlList"]
}

test_missing_or_odd_acl_passes if {
	count(s3_public_acl.deny) == 0 with input as doc([
		bucket("a", {}),
		bucket("b", {"AccessControlList": null}),
		bucket("c", acl(null)),
		bucket("d", acl(["AllUsers", {"grantee": null}])),
		object.remove(bucket("e", {}), ["supplementary"]),
	])
}
