# METADATA
# title: Secrets are not written into container environment
# description: A password, token or key written as a literal environment value lives in the compose file, in version control and in `docker inspect`. Variables whose name says they hold a secret must be interpolated from the environment or an .env file kept out of the repository, or use compose secrets. Names that point at a secret or describe it rather than hold it (ending in _FILE, _PATH, _URL, _TTL, _TIMEOUT, _LENGTH, _ENABLED, _TYPE, _NAME…) are not reported.
# custom:
#   id: TG-CONTAINER-007
#   severity: high
#   dimension: security
#   kinds: [compose]
#   frameworks: {nist-800-53: ["IA-5", "SC-28"]}
#   remediation: |
#     Use a compose secret and point the application at its file, or interpolate the value:
#       services:
#         db:
#           image: postgres:16.2
#           environment:
#             POSTGRES_PASSWORD_FILE: /run/secrets/db_password
#           secrets: [db_password]
#         app:
#           environment:
#             API_TOKEN: ${API_TOKEN:?set API_TOKEN}
#       secrets:
#         db_password:
#           file: ./secrets/db_password.txt
package tollgate.compose.secrets_in_environment

import rego.v1

deny contains finding if {
	some s in items(input.services)
	is_string(s.address)
	is_object(s.environment)
	some name, value in s.environment
	is_string(name)
	secret_name(name)
	literal(value)
	finding := {
		"resource": s.address,
		"path": variable_path(s, name),
		"message": sprintf("Service %s sets %s to a literal value in its environment.", [label(s), name]),
	}
}

# secret_name(name) is true for variable names that say they hold a secret; a suffix that
# names a setting about the secret (where it is, how long it lives, its type) does not.
secret_name(name) if {
	regex.match(`(?i)(password|passwd|secret|token|api_key|apikey|access_key|private_key|credential)`, name)
	not regex.match(`(?i)_(file|path|dir|url|uri|endpoint|host|port|ttl|timeout|expiry|expires|expiration|lifetime|length|size|count|days|hours|minutes|seconds|enabled|required|type|name|header|algorithm)$`, name)
}

# literal(v) is true for a non-empty string that is not only ${VAR} interpolations nor a
# boolean switch.
literal(v) if {
	is_string(v)
	trim_space(v) != ""
	not regex.match(`^(\$\{[^}]+\}|\$[A-Za-z_][A-Za-z0-9_]*)+$`, v)
	not lower(v) in {"true", "false"}
}

# variable_path(s, name) points at the variable as written: a key of the map form or an item
# of the list form, else the whole environment.
variable_path(s, name) := ["environment", name] if {
	is_object(written(s))
	name in object.keys(written(s))
}

variable_path(s, name) := ["environment", i] if {
	is_array(written(s))
	i := min({j | some j, item in written(s); declares(item, name)})
}

variable_path(s, name) := ["environment"] if {
	not declared(s, name)
}

declared(s, name) if {
	is_object(written(s))
	name in object.keys(written(s))
}

declared(s, name) if {
	is_array(written(s))
	some item in written(s)
	declares(item, name)
}

declares(item, name) if {
	is_string(item)
	startswith(item, concat("", [name, "="]))
}

written(s) := r.attributes.environment if {
	some r in input.resources
	r.address == s.address
}

label(x) := x.name if is_string(x.name)

label(x) := x.address if not is_string(x.name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
