package tollgate.terraform.s3_secure_transport_test

import rego.v1

import data.tollgate.terraform.s3_secure_transport as policy

bucket(address, attrs) := {
	"address": address,
	"type": "aws_s3_bucket",
	"name": "b",
	"mode": "managed",
	"attributes": attrs,
	"refs": [],
}

bucket_policy(address, bucket_value, policy_value) := {
	"address": address,
	"type": "aws_s3_bucket_policy",
	"name": "p",
	"mode": "managed",
	"attributes": {"bucket": bucket_value, "policy": policy_value},
	"refs": [],
}

document(address, attrs) := {
	"address": address,
	"type": "aws_iam_policy_document",
	"name": "d",
	"mode": "data",
	"attributes": attrs,
	"refs": [],
}

ref(address) := {"__unknown__": sprintf("%s.id", [address]), "__ref__": address}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

tls_statement := {
	"Sid": "DenyInsecureTransport",
	"Effect": "Deny",
	"Principal": "*",
	"Action": "s3:*",
	"Resource": ["arn:aws:s3:::data", "arn:aws:s3:::data/*"],
	"Condition": {"Bool": {"aws:SecureTransport": "false"}},
}

read_statement := {
	"Effect": "Allow",
	"Principal": {"AWS": "arn:aws:iam::111122223333:role/reader"},
	"Action": "s3:GetObject",
	"Resource": "arn:aws:s3:::data/*",
}

tls_document := {"statement": [{
	"effect": "Deny",
	"actions": ["s3:*"],
	"principals": [{"type": "*", "identifiers": ["*"]}],
	"condition": [{"test": "Bool", "variable": "aws:SecureTransport", "values": ["false"]}],
}]}

test_bucket_without_policy_fails if {
	findings := policy.deny with input as doc([bucket("aws_s3_bucket.data", {"bucket": "data"})])
	count(findings) == 1
	some f in findings
	f.resource == "aws_s3_bucket.data"
	f.path == ["policy"]
}

test_policy_without_tls_deny_fails if {
	count(policy.deny) == 1 with input as doc([
		bucket("aws_s3_bucket.data", {"bucket": "data"}),
		bucket_policy("aws_s3_bucket_policy.data", ref("aws_s3_bucket.data"), json.marshal({"Version": "2012-10-17", "Statement": [read_statement]})),
	])
}

test_document_without_tls_deny_fails if {
	count(policy.deny) == 1 with input as doc([
		bucket("aws_s3_bucket.data", {"bucket": "data"}),
		document("data.aws_iam_policy_document.data", {"statement": [{"actions": ["s3:GetObject"], "resources": ["arn:aws:s3:::data/*"]}]}),
		bucket_policy("aws_s3_bucket_policy.data", ref("aws_s3_bucket.data"), {"__unknown__": "data.aws_iam_policy_document.data.json", "__ref__": "data.aws_iam_policy_document.data"}),
	])
}

test_tls_policy_for_another_bucket_fails if {
	findings := policy.deny with input as doc([
		bucket("aws_s3_bucket.data", {"bucket": "data"}),
		bucket("aws_s3_bucket.logs", {"bucket": "logs"}),
		bucket_policy("aws_s3_bucket_policy.logs", ref("aws_s3_bucket.logs"), json.marshal({"Statement": [tls_statement]})),
	])
	count(findings) == 1
	some f in findings
	f.resource == "aws_s3_bucket.data"
}

test_json_policy_with_tls_deny_passes if {
	count(policy.deny) == 0 with input as doc([
		bucket("aws_s3_bucket.data", {"bucket": "data"}),
		bucket_policy("aws_s3_bucket_policy.data", "data", json.marshal({"Version": "2012-10-17", "Statement": [read_statement, tls_statement]})),
	])
}

test_single_statement_object_and_bool_value_pass if {
	statement := object.union(tls_statement, {"Condition": {"Bool": {"aws:SecureTransport": false}}})
	count(policy.deny) == 0 with input as doc([
		bucket("aws_s3_bucket.data", {"bucket": "data"}),
		bucket_policy("aws_s3_bucket_policy.data", ref("aws_s3_bucket.data"), {"Statement": statement}),
	])
}

test_document_with_tls_deny_passes if {
	count(policy.deny) == 0 with input as doc([
		bucket("aws_s3_bucket.data[\"raw\"]", {"bucket": "raw"}),
		bucket("aws_s3_bucket.data[\"curated\"]", {"bucket": "curated"}),
		document("data.aws_iam_policy_document.tls", tls_document),
		bucket_policy("aws_s3_bucket_policy.data[\"raw\"]", ref("aws_s3_bucket.data[\"raw\"]"), {"__unknown__": "data.aws_iam_policy_document.tls[each.key].json", "__ref__": "data.aws_iam_policy_document.tls"}),
		bucket_policy("aws_s3_bucket_policy.data[\"curated\"]", ref("aws_s3_bucket.data"), {"__unknown__": "data.aws_iam_policy_document.tls[each.key].json", "__ref__": "data.aws_iam_policy_document.tls"}),
	])
}

test_inline_bucket_policy_passes if {
	count(policy.deny) == 0 with input as doc([bucket("aws_s3_bucket.data", {"bucket": "data", "policy": json.marshal({"Statement": [tls_statement]})})])
}

test_unknown_policy_or_bucket_not_reported if {
	count(policy.deny) == 0 with input as doc([
		bucket("aws_s3_bucket.a", {"bucket": "a"}),
		bucket_policy("aws_s3_bucket_policy.a", ref("aws_s3_bucket.a"), {"__unknown__": "jsonencode({...})"}),
		bucket("aws_s3_bucket.b", {"bucket": "b"}),
		bucket_policy("aws_s3_bucket_policy.any", {"__unknown__": "var.bucket"}, json.marshal({"Statement": [tls_statement]})),
		bucket("aws_s3_bucket.c", {"bucket": "c"}),
		bucket_policy("aws_s3_bucket_policy.c", ref("aws_s3_bucket.c"), {"Statement": {"__unknown__": "local.statements"}}),
	])
}

test_document_with_unknown_parts_not_reported if {
	count(policy.deny) == 0 with input as doc([
		bucket("aws_s3_bucket.a", {"bucket": "a"}),
		document("data.aws_iam_policy_document.a", {"statement": {"__unknown__": "dynamic"}}),
		bucket_policy("aws_s3_bucket_policy.a", ref("aws_s3_bucket.a"), {"__unknown__": "data.aws_iam_policy_document.a.json", "__ref__": "data.aws_iam_policy_document.a"}),
		bucket("aws_s3_bucket.b", {"bucket": "b"}),
		document("data.aws_iam_policy_document.b", {"source_policy_documents": [{"__unknown__": "var.base_policy"}], "statement": []}),
		bucket_policy("aws_s3_bucket_policy.b", ref("aws_s3_bucket.b"), {"__unknown__": "data.aws_iam_policy_document.b.json", "__ref__": "data.aws_iam_policy_document.b"}),
	])
}

test_data_source_bucket_ignored if {
	count(policy.deny) == 0 with input as doc([object.union(bucket("aws_s3_bucket.data", {"bucket": "data"}), {"mode": "data"})])
}
