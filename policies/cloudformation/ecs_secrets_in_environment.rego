# METADATA
# title: Secrets are not written into container environment
# description: A password, token or key written as a literal environment value lives in the file that declares it, in version control and in whatever shows the container's configuration (docker inspect, kubectl get, the ECS task definition). Variables whose name says they hold a secret must take it from a secret store (ECS secrets from Secrets Manager or Parameter Store, a Kubernetes Secret, compose secrets). Names that point at a secret or describe it rather than hold it (ending in _FILE, _PATH, _ARN, _ID, _URL, _TTL, _TIMEOUT, _LENGTH, _ENABLED, _TYPE, _NAME…) are not reported. In CloudFormation a dynamic reference ({{resolve:…}}) in Environment is reported too, because ECS stores the resolved secret in clear text in the task definition.
# custom:
#   id: TG-CONTAINER-007
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["IA-5", "SC-28"]}
#   remediation: |
#     Reference the secret in Secrets; ECS injects it when the task starts (the task execution
#     role needs secretsmanager:GetSecretValue or ssm:GetParameters on it):
#       ApiTask:
#         Type: AWS::ECS::TaskDefinition
#         Properties:
#           Family: api
#           ExecutionRoleArn: !GetAtt ApiExecutionRole.Arn
#           ContainerDefinitions:
#             - Name: api
#               Image: 111122223333.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2
#               Essential: true
#               Secrets:
#                 - Name: DB_PASSWORD
#                   ValueFrom: !Ref DbPasswordSecret
package tollgate.cloudformation.ecs_secrets_in_environment

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some variable in secret_variables
	literal(variable.value)
	not dynamic_reference(variable.value)
	finding := {
		"resource": variable.resource,
		"path": variable.path,
		"message": sprintf("Container %s of ECS task definition %s sets %s to a literal value in its environment instead of taking it from Secrets.", [variable.container, variable.resource, variable.name]),
	}
}

deny contains finding if {
	some variable in secret_variables
	dynamic_reference(variable.value)
	finding := {
		"resource": variable.resource,
		"path": variable.path,
		"message": sprintf("Container %s of ECS task definition %s resolves %s into its environment, so the secret is stored in clear text in the task definition; take it from Secrets instead.", [variable.container, variable.resource, variable.name]),
	}
}

# secret_variables are the environment entries of every container whose name says they hold
# a secret.
secret_variables contains variable if {
	some r in lib.resources("AWS::ECS::TaskDefinition")
	is_object(r.attributes)
	some i, c in items(r.attributes.ContainerDefinitions)
	is_object(c)
	some j, entry in items(c.Environment)
	is_object(entry)
	name := entry.Name
	is_string(name)
	secret_name(name)
	variable := {
		"resource": r.address,
		"container": label(c),
		"name": name,
		"value": object.get(entry, "Value", null),
		"path": ["ContainerDefinitions", i, "Environment", j, "Value"],
	}
}

# secret_name(name) is true for variable names that say they hold a secret; a suffix that
# names a setting about the secret (where it is, how long it lives, its type) does not.
secret_name(name) if {
	regex.match(`(?i)(password|passwd|secret|token|api_key|apikey|access_key|private_key|credential)`, name)
	not regex.match(`(?i)_(file|path|dir|arn|id|url|uri|endpoint|host|port|region|ttl|timeout|expiry|expires|expiration|lifetime|length|size|count|days|hours|minutes|seconds|enabled|required|type|name|header|algorithm)$`, name)
}

# literal(v) is true for a non-empty string that is not only ${VAR} placeholders nor a
# boolean switch.
literal(v) if {
	is_string(v)
	trim_space(v) != ""
	not regex.match(`^(\$\{[^}]+\}|\$[A-Za-z_][A-Za-z0-9_]*)+$`, v)
	not lower(v) in {"true", "false"}
}

# dynamic_reference(v) is true for a value CloudFormation resolves from Secrets Manager or
# Systems Manager when it deploys the stack.
dynamic_reference(v) if {
	is_string(v)
	contains(v, "{{resolve:")
}

label(c) := c.Name if is_string(c.Name)

label(c) := "(unnamed)" if not is_string(c.Name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
