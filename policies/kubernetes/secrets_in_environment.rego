# METADATA
# title: Secrets are not written into container environment
# description: A password, token or key written as a literal environment value lives in the manifest, in version control and in every `kubectl get -o yaml`. Variables whose name says they hold a secret must take it from a Secret (valueFrom.secretKeyRef) instead. Names that point at a secret or describe it rather than hold it (ending in _FILE, _PATH, _URL, _TTL, _TIMEOUT, _LENGTH, _ENABLED, _TYPE, _NAME…) are not reported; values that only reference other variables ($(VAR), ${VAR}) are not reported either.
# custom:
#   id: TG-CONTAINER-007
#   severity: high
#   dimension: security
#   kinds: [kubernetes]
#   frameworks: {cis-kubernetes: ["5.4.1"], nist-800-53: ["IA-5", "SC-28"]}
#   remediation: |
#     Keep the value in a Secret and reference it:
#       env:
#         - name: DB_PASSWORD
#           valueFrom:
#             secretKeyRef:
#               name: app-db
#               key: password
#     or mount the Secret as files and point the application at them (DB_PASSWORD_FILE).
package tollgate.kubernetes.secrets_in_environment

import rego.v1

deny contains finding if {
	some c in containers
	some i, variable in items(c.spec.env)
	is_string(variable.name)
	secret_name(variable.name)
	literal(variable.value)
	finding := {
		"resource": input.object.address,
		"path": array.concat(c.path, ["env", i, "value"]),
		"message": sprintf("Container %s of %s sets %s to a literal value instead of a reference to a Secret.", [label(c), input.object.address, variable.name]),
	}
}

# secret_name(name) is true for variable names that say they hold a secret; a suffix that
# names a setting about the secret (where it is, how long it lives, its type) does not.
secret_name(name) if {
	regex.match(`(?i)(password|passwd|secret|token|api_key|apikey|access_key|private_key|credential)`, name)
	not regex.match(`(?i)_(file|path|dir|url|uri|endpoint|host|port|ttl|timeout|expiry|expires|expiration|lifetime|length|size|count|days|hours|minutes|seconds|enabled|required|type|name|header|algorithm)$`, name)
}

# literal(v) is true for a non-empty string that is not only references to other variables
# ($(VAR) in Kubernetes, ${VAR} left by templating) nor a boolean switch.
literal(v) if {
	is_string(v)
	trim_space(v) != ""
	not regex.match(`^(\$\([A-Za-z_][A-Za-z0-9_]*\)|\$\{[^}]+\}|\$[A-Za-z_][A-Za-z0-9_]*)+$`, v)
	not lower(v) in {"true", "false"}
}

containers contains c if {
	some c in items(input.containers)
	is_object(c)
	is_array(c.path)
}

label(c) := c.name if is_string(c.name)

label(c) := "(unnamed)" if not is_string(c.name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
