package tollgate.terraform.s3_public_acl_test

import rego.v1

import data.tollgate.terraform.s3_public_acl

resource(type, attrs) := {
	"address": sprintf("%s.b", [type]),
	"type": type,
	"name": "b",
	"mode": "managed",
	"attributes": attrs,
	"refs": [],
}

test_bucket_public_read_fails if {
	findings := s3_public_acl.deny with input as {"kind": "terraform", "resources": [resource("aws_s3_bucket", {"bucket": "site", "acl": "public-read"})]}
	count(findings) == 1
	some f in findings
	f.path == ["acl"]
}

test_bucket_acl_resource_public_read_write_fails if {
	count(s3_public_acl.deny) == 1 with input as {"kind": "terraform", "resources": [resource("aws_s3_bucket_acl", {"bucket": "site", "acl": "public-read-write"})]}
}

test_grant_to_all_users_fails if {
	findings := s3_public_acl.deny with input as {"kind": "terraform", "resources": [resource("aws_s3_bucket_acl", {
		"bucket": "site",
		"access_control_policy": [{
			"grant": [
				{"permission": "FULL_CONTROL", "grantee": [{"type": "CanonicalUser", "id": "abc"}]},
				{"permission": "READ", "grantee": [{"type": "Group", "uri": "http://acs.amazonaws.com/groups/global/AllUsers"}]},
			],
			"owner": [{"id": "abc"}],
		}],
	})]}
	count(findings) == 1
	some f in findings
	f.path == ["access_control_policy", 0, "grant", 1]
}

test_private_acl_passes if {
	count(s3_public_acl.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_s3_bucket", {"bucket": "site", "acl": "private"}),
		resource("aws_s3_bucket_acl", {"bucket": "site", "acl": "log-delivery-write"}),
	]}
}

test_unknown_acl_not_reported if {
	count(s3_public_acl.deny) == 0 with input as {"kind": "terraform", "resources": [resource("aws_s3_bucket_acl", {"bucket": "site", "acl": {"__unknown__": "var.acl"}})]}
}
