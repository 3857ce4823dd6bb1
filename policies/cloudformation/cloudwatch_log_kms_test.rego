package tollgate.cloudformation.cloudwatch_log_kms_test

import rego.v1

group(props) := {
	"address": "ApiLogGroup",
	"type": "AWS::Logs::LogGroup",
	"name": "ApiLogGroup",
	"attributes": object.union({"LogGroupName": "/ecs/orders-api", "RetentionInDays": 90}, props),
	"refs": [],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

test_no_key_fails if {
	findings := data.tollgate.cloudformation.cloudwatch_log_kms.deny with input as doc([group({})])
	count(findings) == 1
	some f in findings
	f.resource == "ApiLogGroup"
	f.path == ["KmsKeyId"]
}

test_key_passes if {
	count(data.tollgate.cloudformation.cloudwatch_log_kms.deny) == 0 with input as doc([group({"KmsKeyId": {"__unknown__": "Fn::GetAtt [\"LogsKey\",\"Arn\"]", "__ref__": "LogsKey"}})])
}

test_unknown_not_reported if {
	count(data.tollgate.cloudformation.cloudwatch_log_kms.deny) == 0 with input as doc([group({"KmsKeyId": {"__unknown__": "Ref LogsKeyArn"}})])
}

test_empty_properties_fail if {
	count(data.tollgate.cloudformation.cloudwatch_log_kms.deny) == 1 with input as doc([object.union(group({}), {"attributes": {}})])
}
