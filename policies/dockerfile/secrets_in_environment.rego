# METADATA
# title: Secrets are not written into container environment
# description: An ENV or ARG whose name says it holds a password, token or key and whose value is written in the Dockerfile is stored in the image layers and history, where anyone who can pull the image reads it. Values taken from another variable (`$X`), ARGs without a default and `*_FILE` / `*_PATH` variables that point at a mounted secret are not reported.
# custom:
#   id: TG-CONTAINER-007
#   severity: high
#   dimension: security
#   kinds: [dockerfile]
#   frameworks: {cis-docker: ["4.10"], nist-800-53: ["IA-5(7)"]}
#   remediation: |
#     Do not bake secrets into the image. Use a BuildKit secret mount at build time and
#     inject runtime secrets through the orchestrator:
#       # syntax=docker/dockerfile:1
#       RUN --mount=type=secret,id=npm_token NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci
#     and at runtime point the application at a mounted file:
#       ENV DB_PASSWORD_FILE=/run/secrets/db_password
package tollgate.dockerfile.secrets_in_environment

import rego.v1

deny contains finding if {
	some s in items(input.stages)
	is_object(s)
	some i, ins in items(s.instructions)
	is_object(ins)
	is_string(ins.instruction)
	kind := upper(ins.instruction)
	kind in {"ENV", "ARG"}
	is_object(ins.pairs)
	some name, value in ins.pairs
	secret_name(name)
	literal(value)
	finding := {
		"resource": s.address,
		"path": ["instructions", i],
		"message": sprintf("Stage %s writes a literal value into %s %s.", [s.address, kind, name]),
	}
}

secret_name(name) if {
	is_string(name)
	regex.match(`(?i)(password|passwd|secret|token|api_key|apikey|access_key|private_key|credential)`, name)
	not regex.match(`(?i)_(file|path)$`, name)
}

# literal(v): a non-empty value written in the Dockerfile, not taken from another variable.
literal(v) if {
	is_string(v)
	trim_space(v) != ""
	not startswith(trim_space(v), "$")
}

literal(v) if is_number(v)

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
