package tollgate.cloudformation.required_tags_test

import rego.v1

import data.tollgate.cloudformation.required_tags as rule

org := {"required_tags": ["owner", "environment"]}

resource(type, props) := {"address": "Res", "type": type, "name": "Res", "attributes": props, "refs": []}

test_missing_tag_fails if {
	findings := rule.deny with input as {"kind": "cloudformation", "resources": [resource("AWS::S3::Bucket", {"Tags": [{"Key": "owner", "Value": "payments"}]})]}
		with data.tollgate.organization as org
	count(findings) == 1
	some f in findings
	f.path == ["Tags"]
	contains(f.message, "environment")
}

test_common_type_without_tags_fails if {
	count(rule.deny) == 1 with input as {"kind": "cloudformation", "resources": [resource("AWS::SQS::Queue", {})]}
		with data.tollgate.organization as org
}

test_map_tags_fail if {
	count(rule.deny) == 1 with input as {"kind": "cloudformation", "resources": [resource("AWS::SSM::Parameter", {"Type": "String", "Value": "x", "Tags": {"owner": "payments"}})]}
		with data.tollgate.organization as org
}

test_tagged_resource_passes if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		resource("AWS::S3::Bucket", {"Tags": [{"Key": "Owner", "Value": "payments"}, {"Key": "environment", "Value": {"__unknown__": "Ref Environment"}}]}),
		resource("AWS::IAM::Policy", {"PolicyName": "p", "PolicyDocument": {}}),
	]}
		with data.tollgate.organization as org
}

test_conditional_tag_not_reported if {
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource("AWS::S3::Bucket", {"Tags": [
		{"Key": "owner", "Value": "payments"},
		{"__unknown__": "Fn::If [\"IsProd\",{\"Key\":\"environment\",\"Value\":\"prod\"},{\"Ref\":\"AWS::NoValue\"}]"},
	]})]}
		with data.tollgate.organization as org
	count(rule.deny) == 0 with input as {"kind": "cloudformation", "resources": [resource("AWS::S3::Bucket", {"Tags": {"__unknown__": "Ref Tags"}})]}
		with data.tollgate.organization as org
}
