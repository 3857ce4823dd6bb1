# METADATA
# title: Containers do not run privileged
# description: A privileged container has every capability and every device of the host; escaping it to the host is trivial.
# custom:
#   id: TG-CONTAINER-001
#   severity: critical
#   dimension: security
#   kinds: [compose]
#   frameworks: {nist-800-53: ["AC-6", "CM-7"]}
#   remediation: |
#     Remove `privileged: true` and add only the capabilities the process needs:
#       services:
#         app:
#           image: ghcr.io/acme/app:1.4.2
#           cap_drop: [ALL]
#           cap_add: [NET_BIND_SERVICE]
#           security_opt: ["no-new-privileges:true"]
package tollgate.compose.container_privileged

import rego.v1

deny contains finding if {
	some r in input.resources
	r.type == "service"
	enabled(r.attributes.privileged)
	finding := {
		"resource": r.address,
		"path": ["privileged"],
		"message": sprintf("Service %s runs privileged.", [label(r)]),
	}
}

# enabled(x) is true for `true`, and for the string "true" that compose casts to it.
enabled(x) if x == true

enabled(x) if {
	is_string(x)
	lower(trim_space(x)) == "true"
}

label(x) := x.name if is_string(x.name)

label(x) := x.address if not is_string(x.name)
