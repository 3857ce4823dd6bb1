# METADATA
# title: CodeBuild keeps secrets out of plaintext variables
# description: The value of a PLAINTEXT environment variable (the default type) is stored in the project and shown to anyone who can view it in the console or call BatchGetProjects. A variable whose name says it holds a password, token or key and that has a literal value is reported, and so is a PLAINTEXT variable filled from a Secrets Manager dynamic reference, which CloudFormation resolves into the plain value. Names that point at a secret rather than hold it (ending in _ARN, _ID, _NAME, _PATH, _FILE …) are not reported. Values are never printed.
# custom:
#   id: TG-AWS-CB-002
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["IA-5", "SC-28"]}
#   remediation: |
#     Let CodeBuild fetch the secret when the build starts (the service role needs
#     secretsmanager:GetSecretValue or ssm:GetParameters on it):
#       Deploy:
#         Type: AWS::CodeBuild::Project
#         Properties:
#           ServiceRole: !GetAtt CodeBuildRole.Arn
#           Artifacts:
#             Type: CODEPIPELINE
#           Source:
#             Type: CODEPIPELINE
#           Environment:
#             ComputeType: BUILD_GENERAL1_SMALL
#             Image: aws/codebuild/amazonlinux2-x86_64-standard:5.0
#             Type: LINUX_CONTAINER
#             EnvironmentVariables:
#               - Name: NPM_TOKEN
#                 Type: SECRETS_MANAGER
#                 Value: ci/npm:token
package tollgate.cloudformation.codebuild_env_secrets

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some entry in plaintext_variables
	[r, j, variable] := entry
	name := variable.Name
	is_string(name)
	secret_name(name)
	literal(variable.Value)
	finding := {
		"resource": r.address,
		"path": ["Environment", "EnvironmentVariables", j, "Value"],
		"message": sprintf("CodeBuild project %s sets %s to a literal value in a PLAINTEXT environment variable; store it in Secrets Manager or Parameter Store and use Type SECRETS_MANAGER or PARAMETER_STORE.", [r.address, name]),
	}
}

deny contains finding if {
	some entry in plaintext_variables
	[r, j, variable] := entry
	name := variable.Name
	is_string(name)
	secret_reference(variable.Value)
	finding := {
		"resource": r.address,
		"path": ["Environment", "EnvironmentVariables", j, "Value"],
		"message": sprintf("CodeBuild project %s resolves a Secrets Manager secret into the PLAINTEXT environment variable %s, where the project configuration shows it; use Type SECRETS_MANAGER with the secret id as Value instead.", [r.address, name]),
	}
}

# plaintext_variables are [project, variable index, variable] for every environment variable
# of type PLAINTEXT (the default).
plaintext_variables contains [r, j, variable] if {
	some r in lib.resources("AWS::CodeBuild::Project")
	is_object(r.attributes)
	variables := r.attributes.Environment.EnvironmentVariables
	some j, variable in items(variables)
	is_object(variable)
	not lib.is_unknown(variable)
	plaintext(object.get(variable, "Type", null))
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

# literal(v) is true for a non-empty string written in the template: not only $VAR
# placeholders, not a boolean switch and not a dynamic reference.
literal(v) if {
	is_string(v)
	trim_space(v) != ""
	not regex.match(`^(\$\{[^}]+\}|\$[A-Za-z_][A-Za-z0-9_]*)+$`, v)
	not lower(v) in {"true", "false"}
	not contains(v, "{{resolve:")
}

# secret_reference(v): a dynamic reference that CloudFormation replaces with a secret's value.
secret_reference(v) if {
	is_string(v)
	contains(v, "{{resolve:secretsmanager:")
}

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
