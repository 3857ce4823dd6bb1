# METADATA
# title: API Gateway stages write access logs
# description: Without access logging there is no record of who called an API, from where and with what result, which leaves abuse, credential stuffing and incidents without evidence. Execution logging (method settings) is not a substitute. Stages created by a Deployment's StageName are checked through its StageDescription.
# custom:
#   id: TG-AWS-APIGW-001
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AU-12"], pci-dss-4.0: ["10.2.1"]}
#   remediation: |
#     Send the stage's access logs to a log group:
#       ProdStage:
#         Type: AWS::ApiGateway::Stage
#         Properties:
#           RestApiId: !Ref Api
#           DeploymentId: !Ref Deployment
#           StageName: prod
#           AccessLogSetting:
#             DestinationArn: !GetAtt ApiAccessLogs.Arn
#             Format: '{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","status":"$context.status"}'
package tollgate.cloudformation.apigw_access_logging

import rego.v1

import data.tollgate.lib

# settings: where each stage keeps its access log setting.
settings contains {"resource": r, "subject": sprintf("API Gateway stage %s", [r.address]), "path": ["AccessLogSetting"], "value": object.get(r.attributes, "AccessLogSetting", null)} if {
	some r in lib.resources("AWS::ApiGateway::Stage")
	known_object(r.attributes)
}

settings contains {"resource": r, "subject": sprintf("API Gateway stage %s", [r.address]), "path": ["AccessLogSettings"], "value": object.get(r.attributes, "AccessLogSettings", null)} if {
	some r in lib.resources("AWS::ApiGatewayV2::Stage")
	known_object(r.attributes)
}

# A deployment with a StageName creates that stage with its StageDescription.
settings contains {"resource": r, "subject": sprintf("The stage created by API Gateway deployment %s", [r.address]), "path": ["StageDescription", "AccessLogSetting"], "value": object.get(description, "AccessLogSetting", null)} if {
	some r in lib.resources("AWS::ApiGateway::Deployment")
	known_object(r.attributes)
	object.get(r.attributes, "StageName", null) != null
	description := object.get(r.attributes, "StageDescription", {})
	known_object(description)
}

deny contains finding if {
	some s in settings
	s.value == null
	finding := {
		"resource": s.resource.address,
		"path": s.path,
		"message": sprintf("%s does not write access logs: it has no %s.", [s.subject, concat(".", s.path)]),
	}
}

deny contains finding if {
	some s in settings
	known_object(s.value)
	object.get(s.value, "DestinationArn", null) in {null, ""}
	finding := {
		"resource": s.resource.address,
		"path": array.concat(s.path, ["DestinationArn"]),
		"message": sprintf("%s does not write access logs: its %s has no DestinationArn.", [s.subject, concat(".", s.path)]),
	}
}

known_object(x) if {
	is_object(x)
	not lib.is_unknown(x)
}
