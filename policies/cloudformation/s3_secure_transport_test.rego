package tollgate.cloudformation.s3_secure_transport_test

import rego.v1

import data.tollgate.cloudformation.s3_secure_transport as policy

bucket(id, props) := {"address": id, "type": "AWS::S3::Bucket", "name": id, "attributes": props, "refs": []}

bucket_policy(id, bucket_value, document) := {
	"address": id,
	"type": "AWS::S3::BucketPolicy",
	"name": id,
	"attributes": {"Bucket": bucket_value, "PolicyDocument": document},
	"refs": [],
}

ref(id) := {"__unknown__": sprintf("Ref %s", [id]), "__ref__": id}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

tls_statement := {
	"Sid": "DenyInsecureTransport",
	"Effect": "Deny",
	"Principal": "*",
	"Action": "s3:*",
	"Resource": [{"__unknown__": "Fn::GetAtt DataBucket.Arn", "__ref__": "DataBucket"}],
	"Condition": {"Bool": {"aws:SecureTransport": "false"}},
}

read_statement := {
	"Effect": "Allow",
	"Principal": {"AWS": "arn:aws:iam::111122223333:role/reader"},
	"Action": "s3:GetObject",
	"Resource": {"__unknown__": "Fn::Sub ${DataBucket.Arn}/*"},
}

test_bucket_without_policy_fails if {
	findings := policy.deny with input as doc([bucket("DataBucket", {})])
	count(findings) == 1
	some f in findings
	f.resource == "DataBucket"
}

test_policy_without_tls_deny_fails if {
	count(policy.deny) == 1 with input as doc([
		bucket("DataBucket", {}),
		bucket_policy("DataBucketPolicy", ref("DataBucket"), {"Version": "2012-10-17", "Statement": [read_statement]}),
	])
}

test_allow_with_secure_transport_true_fails if {
	statement := object.union(read_statement, {"Condition": {"Bool": {"aws:SecureTransport": "true"}}})
	count(policy.deny) == 1 with input as doc([
		bucket("DataBucket", {}),
		bucket_policy("DataBucketPolicy", ref("DataBucket"), {"Statement": [statement]}),
	])
}

test_tls_policy_for_another_bucket_fails if {
	findings := policy.deny with input as doc([
		bucket("DataBucket", {}),
		bucket("LogsBucket", {}),
		bucket_policy("LogsBucketPolicy", ref("LogsBucket"), {"Statement": [tls_statement]}),
	])
	count(findings) == 1
	some f in findings
	f.resource == "DataBucket"
}

test_tls_deny_passes if {
	count(policy.deny) == 0 with input as doc([
		bucket("DataBucket", {}),
		bucket_policy("DataBucketPolicy", ref("DataBucket"), {"Version": "2012-10-17", "Statement": [read_statement, tls_statement]}),
	])
}

test_by_name_json_string_and_bool_pass if {
	statement := object.union(tls_statement, {"Resource": "arn:aws:s3:::data/*", "Condition": {"Bool": {"aws:SecureTransport": false}}})
	count(policy.deny) == 0 with input as doc([
		bucket("DataBucket", {"BucketName": "data"}),
		bucket_policy("DataBucketPolicy", "data", json.marshal({"Statement": statement})),
	])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([
		bucket("A", {}),
		bucket_policy("APolicy", ref("A"), {"__unknown__": "Fn::If IsProd"}),
		bucket("B", {}),
		bucket_policy("AnyPolicy", {"__unknown__": "Fn::ImportValue bucket"}, {"Statement": [tls_statement]}),
		bucket("C", {}),
		bucket_policy("CPolicy", ref("C"), {"Statement": [object.union(tls_statement, {"Condition": {"__unknown__": "Fn::If Strict"}})]}),
	])
}
