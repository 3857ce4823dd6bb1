package tollgate.aws.s3_secure_transport_test

import rego.v1

import data.tollgate.aws.s3_secure_transport

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

policy(statements) := {"BucketPolicy": {"policyText": {"Version": "2012-10-17", "Statement": statements}}}

tls_deny(values) := {
	"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
	"Resource": ["arn:aws:s3:::data", "arn:aws:s3:::data/*"],
	"Condition": {"Bool": {"aws:SecureTransport": values}},
}

test_bucket_without_policy_fails if {
	findings := s3_secure_transport.deny with input as doc([bucket("data", {"BucketPolicy": {"policyText": null}})])
	count(findings) == 1
	some f in findings
	f.resource == "arn:aws:s3:::data"
	f.path == ["supplementary", "BucketPolicy"]
}

test_policy_without_tls_statement_fails if {
	count(s3_secure_transport.deny) == 2 with input as doc([
		bucket("a", policy([{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111111111111:root"}, "Action": "s3:*", "Resource": "*"}])),
		# A condition that requires TLS but allows instead of denies.
		bucket("b", policy([object.union(tls_deny("true"), {"Effect": "Allow"})])),
	])
}

test_tls_deny_passes if {
	count(s3_secure_transport.deny) == 0 with input as doc([
		bucket("a", policy([tls_deny("false")])),
		bucket("b", policy([tls_deny(false)])),
		bucket("c", policy(object.union(tls_deny(["false"]), {"Condition": {"BoolIfExists": {"aws:securetransport": "false"}}}))),
	])
}

test_policy_as_json_text_passes if {
	count(s3_secure_transport.deny) == 0 with input as doc([bucket("a", {"BucketPolicy": {"policyText": json.marshal({"Statement": [tls_deny("false")]})}})])
}

test_odd_values_fail_without_error if {
	count(s3_secure_transport.deny) == 3 with input as doc([
		bucket("a", {}),
		bucket("b", {"BucketPolicy": "x"}),
		bucket("c", policy([{"Effect": "Deny", "Condition": {"Bool": "x"}}, "x"])),
	])
}
