package tollgate.cloudformation.s3_public_acl_test

import rego.v1

import data.tollgate.cloudformation.s3_public_acl

bucket(props) := {"address": "Bucket", "type": "AWS::S3::Bucket", "name": "Bucket", "attributes": props, "refs": []}

test_public_read_fails if {
	findings := s3_public_acl.deny with input as {"kind": "cloudformation", "resources": [bucket({"AccessControl": "PublicRead"})]}
	count(findings) == 1
	some f in findings
	f.path == ["AccessControl"]
}

test_authenticated_read_fails if {
	count(s3_public_acl.deny) == 1 with input as {"kind": "cloudformation", "resources": [bucket({"AccessControl": "AuthenticatedRead"})]}
}

test_private_passes if {
	count(s3_public_acl.deny) == 0 with input as {"kind": "cloudformation", "resources": [bucket({"AccessControl": "Private"}), bucket({})]}
}

test_unknown_acl_not_reported if {
	count(s3_public_acl.deny) == 0 with input as {"kind": "cloudformation", "resources": [bucket({"AccessControl": {"__unknown__": "Ref BucketAcl"}})]}
}
