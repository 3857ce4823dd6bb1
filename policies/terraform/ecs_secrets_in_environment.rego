# METADATA
# title: Secrets are not written into container environment
# description: A password, token or key written as a literal environment value lives in the file that declares it, in version control and in whatever shows the container's configuration (docker inspect, kubectl get, the ECS task definition). Variables whose name says they hold a secret must take it from a secret store (ECS secrets from Secrets Manager or Parameter Store, a Kubernetes Secret, compose secrets). Names that point at a secret or describe it rather than hold it (ending in _FILE, _PATH, _ARN, _ID, _URL, _TTL, _TIMEOUT, _LENGTH, _ENABLED, _TYPE, _NAME…) are not reported. ECS task definitions whose container definitions cannot be known statically are not checked.
# custom:
#   id: TG-CONTAINER-007
#   severity: high
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["IA-5", "SC-28"]}
#   remediation: |
#     Reference the secret in `secrets`; ECS injects it when the task starts (the task execution
#     role needs secretsmanager:GetSecretValue or ssm:GetParameters on it):
#       resource "aws_ecs_task_definition" "app" {
#         family             = "app"
#         execution_role_arn = aws_iam_role.app_execution.arn
#         container_definitions = jsonencode([{
#           name      = "app"
#           image     = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"
#           essential = true
#           secrets = [{
#             name      = "DB_PASSWORD"
#             valueFrom = aws_secretsmanager_secret.db_password.arn
#           }]
#         }])
#       }
package tollgate.terraform.ecs_secrets_in_environment

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_ecs_task_definition")
	not r.mode == "data"
	some c in containers(r)
	some variable in items(c.environment)
	is_object(variable)
	name := variable.name
	is_string(name)
	secret_name(name)
	literal(variable.value)
	finding := {
		"resource": r.address,
		"path": ["container_definitions"],
		"message": sprintf("Container %s of ECS task definition %s sets %s to a literal value in its environment instead of taking it from secrets.", [label(c), r.address, name]),
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

# containers(r) are the container definitions of task definition r, when they are known:
# container_definitions is a JSON string (jsonencode, file, heredoc).
containers(r) := [c | some c in definitions; is_object(c)] if {
	is_object(r.attributes)
	raw := r.attributes.container_definitions
	not lib.is_unknown(raw)
	definitions := lib.json_document(raw)
	is_array(definitions)
}

label(c) := c.name if is_string(c.name)

label(c) := "(unnamed)" if not is_string(c.name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
