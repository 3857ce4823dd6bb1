package tollgate.terraform.required_tags_test

import rego.v1

import data.tollgate.terraform.required_tags as rule

org := {"required_tags": ["owner", "environment"]}

resource(type, name, attrs) := {"address": sprintf("%s.%s", [type, name]), "type": type, "name": name, "mode": "managed", "attributes": attrs, "refs": []}

test_missing_tag_fails if {
	findings := rule.deny with input as {"kind": "terraform", "resources": [resource("aws_s3_bucket", "data", {"bucket": "data", "tags": {"owner": "payments", "Name": "data"}})]}
		with data.tollgate.organization as org
	count(findings) == 1
	some f in findings
	f.path == ["tags"]
	contains(f.message, "environment")
	not contains(f.message, "owner")
}

test_common_type_without_tags_fails if {
	findings := rule.deny with input as {"kind": "terraform", "resources": [resource("aws_instance", "web", {"ami": "ami-1", "instance_type": "t3.micro"})]}
		with data.tollgate.organization as org
	count(findings) == 1
	some f in findings
	contains(f.message, "owner, environment")
}

test_empty_or_null_tags_fail if {
	count(rule.deny) == 2 with input as {"kind": "terraform", "resources": [
		resource("aws_cloudwatch_log_group", "app", {"name": "/app", "tags": {}}),
		resource("aws_ecr_repository", "app", {"name": "app", "tags": null}),
	]}
		with data.tollgate.organization as org
}

test_tagged_resources_pass if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [
		resource("aws_s3_bucket", "data", {"bucket": "data", "tags": {"Owner": "payments", "Environment": {"__unknown__": "var.environment"}}}),
		resource("aws_iam_role_policy_attachment", "x", {"role": "r", "policy_arn": "arn"}),
		resource("google_storage_bucket", "x", {"name": "x", "labels": {}}),
	]}
		with data.tollgate.organization as org
}

test_unknown_tags_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [resource("aws_sqs_queue", "q", {"name": "q", "tags": {"__unknown__": "merge(var.tags, { Name = \"q\" })"}})]}
		with data.tollgate.organization as org
}

test_no_required_tags if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [resource("aws_instance", "web", {"ami": "ami-1"})]}
		with data.tollgate.organization as {"required_tags": []}
}

test_data_source_ignored if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [object.union(resource("aws_s3_bucket", "b", {"bucket": "b"}), {"mode": "data"})]}
		with data.tollgate.organization as org
}

test_organization_without_required_tags if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "resources": [resource("aws_instance", "web", {"ami": "ami-1"})]}
		with data.tollgate.organization as {}
}
