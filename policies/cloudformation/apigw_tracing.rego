# METADATA
# title: API Gateway stages have X-Ray tracing
# description: Without X-Ray tracing a slow or failing request through a REST API cannot be followed into the integrations behind it, which makes latency and error investigations guesswork. HTTP and WebSocket APIs (AWS::ApiGatewayV2::Stage) do not support X-Ray and are not checked; stages created by a Deployment's StageName are checked through its StageDescription.
# custom:
#   id: TG-AWS-APIGW-002
#   severity: low
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["OPS04"]}
#   remediation: |
#     Turn on active tracing for the stage:
#       ProdStage:
#         Type: AWS::ApiGateway::Stage
#         Properties:
#           RestApiId: !Ref Api
#           DeploymentId: !Ref Deployment
#           StageName: prod
#           TracingEnabled: true
package tollgate.cloudformation.apigw_tracing

import rego.v1

import data.tollgate.lib

# settings: where each REST API stage keeps its tracing switch.
settings contains {"resource": r, "subject": sprintf("API Gateway stage %s", [r.address]), "path": ["TracingEnabled"], "value": object.get(r.attributes, "TracingEnabled", null)} if {
	some r in lib.resources("AWS::ApiGateway::Stage")
	known_object(r.attributes)
}

# A deployment with a StageName creates that stage with its StageDescription.
settings contains {"resource": r, "subject": sprintf("The stage created by API Gateway deployment %s", [r.address]), "path": ["StageDescription", "TracingEnabled"], "value": object.get(description, "TracingEnabled", null)} if {
	some r in lib.resources("AWS::ApiGateway::Deployment")
	known_object(r.attributes)
	object.get(r.attributes, "StageName", null) != null
	description := object.get(r.attributes, "StageDescription", {})
	known_object(description)
}

deny contains finding if {
	some s in settings
	not lib.is_unknown(s.value)
	not is_true(s.value)
	finding := {
		"resource": s.resource.address,
		"path": s.path,
		"message": sprintf("%s does not turn on X-Ray tracing.", [s.subject]),
	}
}

known_object(x) if {
	is_object(x)
	not lib.is_unknown(x)
}

# is_true(x) is a known true, as a boolean or as the string templates often use.
is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}
