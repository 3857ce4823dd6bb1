# METADATA
# title: ConfigMaps do not hold secrets
# description: ConfigMap data is stored and shown in clear text, is readable by anyone allowed to read ConfigMaps, and is not covered by Secret encryption at rest or Secret-specific RBAC. Keys whose name says they hold a password, token, key or credential belong in a Secret. Keys that describe a secret rather than hold it (ending in _file, _path, _url, _ttl, _length, _enabled, _name…), empty values, booleans, file paths and ${VAR} placeholders are not reported. Values are never printed.
# custom:
#   id: TG-K8S-020
#   severity: high
#   dimension: security
#   kinds: [kubernetes]
#   frameworks: {nist-800-53: ["IA-5", "SC-28"]}
#   remediation: |
#     Move the value to a Secret and reference it from the pod:
#       apiVersion: v1
#       kind: Secret
#       metadata: {name: web-db}
#       type: Opaque
#       stringData:
#         DB_PASSWORD: <set at deploy time, not in version control>
#       ---
#       env:
#         - name: DB_PASSWORD
#           valueFrom:
#             secretKeyRef: {name: web-db, key: DB_PASSWORD}
package tollgate.kubernetes.secrets_in_configmap

import rego.v1

deny contains finding if {
	input.object.kind == "ConfigMap"
	some r in items(input.resources)
	r.address == input.object.address
	is_object(r.attributes.data)
	some key, value in r.attributes.data
	is_string(key)
	secret_name(key)
	literal(value)
	finding := {
		"resource": r.address,
		"path": ["data", key],
		"message": sprintf("%s holds %s, which looks like a secret; keep it in a Secret.", [r.address, key]),
	}
}

# secret_name(key) is true for keys that say they hold a secret; a suffix that names a
# setting about the secret (where it is, how long it lives, its type) does not.
secret_name(key) if {
	regex.match(`(?i)(password|passwd|secret|token|api[-_.]?key|access[-_.]?key|private[-_.]?key|credential)`, key)
	not describes(key)
}

describes(key) if regex.match(`(?i)[-_.](file|path|dir|url|uri|endpoint|host|port|ttl|timeout|expiry|expires|expiration|lifetime|length|size|count|days|hours|minutes|seconds|enabled|required|type|name|header|algorithm|ref)s?$`, key)

describes(key) if regex.match(`[a-z0-9](File|Path|Dir|Url|URL|Uri|Endpoint|Host|Port|Ttl|TTL|Timeout|Expiry|Expires|Expiration|Lifetime|Length|Size|Count|Days|Hours|Minutes|Seconds|Enabled|Required|Type|Name|Header|Algorithm|Ref)s?$`, key)

# literal(v): a non-empty string that is not a ${VAR} placeholder, a boolean switch or a file path.
literal(v) if {
	is_string(v)
	trim_space(v) != ""
	not regex.match(`^\s*(\$\{[^}]+\}|\$\([A-Za-z_][A-Za-z0-9_]*\)|\$[A-Za-z_][A-Za-z0-9_]*)+\s*$`, v)
	not lower(trim_space(v)) in {"true", "false", "yes", "no", "on", "off"}
	not regex.match(`^(/|\./|\.\./|~/)[^\s:]*$`, trim_space(v))
}

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
