# METADATA
# title: CodeBuild keeps secrets out of plaintext variables
# description: The value of a PLAINTEXT environment variable (the default type) is stored in the project and shown to anyone who can view it in the console or call BatchGetProjects, besides living in the Terraform code and state. A variable whose name says it holds a password, token or key and that has a literal value is reported, and so is a PLAINTEXT variable filled from a Secrets Manager secret or a random_password. Names that point at a secret rather than hold it (ending in _ARN, _ID, _NAME, _PATH, _FILE …) are not reported. Values are never printed.
# custom:
#   id: TG-AWS-CB-002
#   severity: high
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["IA-5", "SC-28"]}
#   remediation: |
#     Let CodeBuild fetch the secret when the build starts (the service role needs
#     secretsmanager:GetSecretValue or ssm:GetParameters on it):
#       resource "aws_codebuild_project" "deploy" {
#         name         = "deploy"
#         service_role = aws_iam_role.codebuild.arn
#         artifacts {
#           type = "NO_ARTIFACTS"
#         }
#         environment {
#           compute_type = "BUILD_GENERAL1_SMALL"
#           image        = "aws/codebuild/amazonlinux2-x86_64-standard:5.0"
#           type         = "LINUX_CONTAINER"
#           environment_variable {
#             name  = "NPM_TOKEN"
#             type  = "SECRETS_MANAGER"
#             value = "ci/npm:token"
#           }
#         }
#         source {
#           type = "CODEPIPELINE"
#         }
#       }
package tollgate.terraform.codebuild_env_secrets

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some entry in plaintext_variables
	[r, i, j, variable] := entry
	name := variable.name
	is_string(name)
	secret_name(name)
	literal(variable.value)
	finding := {
		"resource": r.address,
		"path": ["environment", i, "environment_variable", j, "value"],
		"message": sprintf("CodeBuild project %s sets %s to a literal value in a PLAINTEXT environment variable; store it in Secrets Manager or Parameter Store and use type SECRETS_MANAGER or PARAMETER_STORE.", [r.address, name]),
	}
}

deny contains finding if {
	some entry in plaintext_variables
	[r, i, j, variable] := entry
	name := variable.name
	is_string(name)
	secret_source(variable.value)
	finding := {
		"resource": r.address,
		"path": ["environment", i, "environment_variable", j, "value"],
		"message": sprintf("CodeBuild project %s copies a secret into the PLAINTEXT environment variable %s, where the project configuration shows it; reference the secret with type SECRETS_MANAGER instead.", [r.address, name]),
	}
}

# plaintext_variables are [project, environment index, variable index, variable] for every
# environment variable of type PLAINTEXT (the default).
plaintext_variables contains [r, i, j, variable] if {
	some r in managed("aws_codebuild_project")
	some i, environment in items(r.attributes.environment)
	is_object(environment)
	some j, variable in items(environment.environment_variable)
	is_object(variable)
	not lib.is_unknown(variable)
	plaintext(object.get(variable, "type", null))
}

plaintext(t) if t == null

plaintext(t) if {
	is_string(t)
	upper(t) == "PLAINTEXT"
}

# secret_name(name) is true for variable names that say they hold a secret; a suffix that
# names a setting about the secret (where it is, how long it lives, its type) does not.
secret_name(name) if {
	regex.match(`(?i)(password|passwd|secret|token|api_key|apikey|access_key|private_key|credential)`, name)
	not regex.match(`(?i)_(file|path|dir|arn|id|url|uri|endpoint|host|port|region|ttl|timeout|expiry|expires|expiration|lifetime|length|size|count|days|hours|minutes|seconds|enabled|required|type|name|header|algorithm)$`, name)
}

# literal(v) is true for a non-empty string that is not only $VAR placeholders nor a boolean switch.
literal(v) if {
	is_string(v)
	trim_space(v) != ""
	not regex.match(`^(\$\{[^}]+\}|\$[A-Za-z_][A-Za-z0-9_]*)+$`, v)
	not lower(v) in {"true", "false"}
}

# secret_source(v): a value that cannot be known but is read from a secret: the secret string
# of a Secrets Manager secret version or the result of a random_password.
secret_source(v) if {
	lib.is_unknown(v)
	is_string(v.__unknown__)
	regex.match(`(aws_secretsmanager_secret_version\.[A-Za-z0-9_-]+(\[[^\]]*\])?\.secret_string|random_password\.[A-Za-z0-9_-]+(\[[^\]]*\])?\.result)`, v.__unknown__)
}

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
