# METADATA
# title: Step Functions state machines log executions
# description: Without a LoggingConfiguration (the level defaults to OFF) a state machine sends nothing to CloudWatch Logs, so the failures and retries of its executions can only be followed in the console history, which Express workflows do not keep at all. ERROR or FATAL is enough to pass; ALL is more useful while debugging.
# custom:
#   id: TG-AWS-SFN-001
#   severity: low
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["REL06"]}
#   remediation: |
#     Log execution events to CloudWatch Logs:
#       Orders:
#         Type: AWS::StepFunctions::StateMachine
#         Properties:
#           RoleArn: !GetAtt OrdersRole.Arn
#           DefinitionS3Location:
#             Bucket: acme-workflows
#             Key: orders.asl.json
#           LoggingConfiguration:
#             Level: ERROR
#             IncludeExecutionData: false
#             Destinations:
#               - CloudWatchLogsLogGroup:
#                   LogGroupArn: !GetAtt OrdersLogGroup.Arn
package tollgate.cloudformation.sfn_logging

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in machines
	object.get(r.attributes, "LoggingConfiguration", null) == null
	finding := {
		"resource": r.address,
		"path": ["LoggingConfiguration"],
		"message": sprintf("State machine %s has no LoggingConfiguration, so its executions are not logged.", [r.address]),
	}
}

deny contains finding if {
	some r in machines
	config := r.attributes.LoggingConfiguration
	is_object(config)
	not lib.is_unknown(config)
	off(object.get(config, "Level", "OFF"))
	finding := {
		"resource": r.address,
		"path": ["LoggingConfiguration", "Level"],
		"message": sprintf("State machine %s sets its logging level to OFF, so its executions are not logged.", [r.address]),
	}
}

machines contains r if {
	some r in lib.resources("AWS::StepFunctions::StateMachine")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}

off(x) if x == null

off(x) if {
	is_string(x)
	upper(x) == "OFF"
}
