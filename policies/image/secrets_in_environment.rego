# METADATA
# title: Secrets are not written into container environment
# description: An environment variable baked into the image configuration is readable by anyone who can pull the image (`docker inspect`, the registry API). A variable whose name says it holds a password, token or key and has a value, or whose value looks like a credential (an AWS access key id, a private key, a GitHub or Slack token, a JWT), is reported; the value itself is never printed. `*_FILE` and `*_PATH` variables that point at a mounted secret are not reported.
# custom:
#   id: TG-CONTAINER-007
#   severity: high
#   dimension: security
#   kinds: [image]
#   frameworks: {cis-docker: ["4.10"], nist-800-53: ["IA-5(7)"]}
#   remediation: |
#     Remove the ENV from the Dockerfile, rotate the exposed secret, and inject it at runtime
#     through the orchestrator, pointing the application at a mounted file:
#       ENV DB_PASSWORD_FILE=/run/secrets/db_password
#     Secrets needed at build time go through a BuildKit secret mount:
#       RUN --mount=type=secret,id=npm_token NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci
package tollgate.image.secrets_in_environment

import rego.v1

deny contains finding if {
	some i, variable in items(image_config.env)
	is_object(variable)
	is_string(variable.name)
	reason := secret(variable)
	finding := {
		"resource": "image",
		"path": ["config", "env", i],
		"message": sprintf("Image %s sets environment variable %s %s.", [image_name, variable.name, reason]),
	}
}

# secret(v): why the variable is reported; a credential-looking value wins over the name.
secret(v) := "to a value that looks like a credential" if v.secret_value == true

secret(v) := "to a value, and its name says it holds a secret" if {
	not v.secret_value == true
	secret_name(v.name)
	has_value(v.value)
}

# The same names as the Dockerfile rule of this id.
secret_name(name) if {
	is_string(name)
	regex.match(`(?i)(password|passwd|secret|token|api_key|apikey|access_key|private_key|credential)`, name)
	not regex.match(`(?i)_(file|path)$`, name)
}

# has_value(v): a non-empty (masked) value.
has_value(v) if {
	is_string(v)
	trim_space(v) != ""
}

image_config := input.image.config if {
	is_object(input.image)
	is_object(input.image.config)
}

image_name := input.image.reference if is_string(input.image.reference)

image_name := input.path if {
	not is_string(input.image.reference)
	is_string(input.path)
}

image_name := "(unnamed)" if {
	not is_string(input.image.reference)
	not is_string(input.path)
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
