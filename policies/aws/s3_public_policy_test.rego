package tollgate.aws.s3_public_policy_test

import rego.v1

import data.tollgate.aws.s3_public_policy

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

public_read := {"Sid": "PublicRead", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::site/*"}

test_public_statement_fails if {
	findings := s3_public_policy.deny with input as doc([bucket("site", policy([
		{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111111111111:root"}, "Action": "s3:*", "Resource": "*"},
		public_read,
	]))])
	count(findings) == 1
	some f in findings
	f.resource == "arn:aws:s3:::site"
	f.path == ["supplementary", "BucketPolicy", "policyText", "Statement", 1]
}

test_aws_wildcard_and_single_statement_fail if {
	count(s3_public_policy.deny) == 2 with input as doc([
		bucket("a", policy([object.union(public_read, {"Principal": {"AWS": ["*"]}})])),
		bucket("b", {"BucketPolicy": {"policyText": {"Statement": public_read}}}),
	])
}

test_conditioned_deny_and_named_principals_pass if {
	count(s3_public_policy.deny) == 0 with input as doc([bucket("site", policy([
		object.union(public_read, {"Condition": {"StringEquals": {"aws:SourceArn": "arn:aws:cloudfront::111111111111:distribution/E1"}}}),
		{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}},
		{"Effect": "Allow", "Principal": {"Service": "logging.s3.amazonaws.com"}, "Action": "s3:PutObject", "Resource": "*"},
	]))])
}

test_policy_as_json_text_fails if {
	findings := s3_public_policy.deny with input as doc([bucket("site", {"BucketPolicy": {"policyText": json.marshal({"Statement": [public_read]})}})])
	count(findings) == 1
	some f in findings
	f.path == ["supplementary", "BucketPolicy", "policyText"]
}

test_no_policy_passes if {
	count(s3_public_policy.deny) == 0 with input as doc([
		bucket("a", {}),
		bucket("b", {"BucketPolicy": {"policyText": null}}),
		bucket("c", policy(null)),
		object.remove(bucket("d", {}), ["supplementary"]),
	])
}
