# METADATA
# title: Containers use a read-only root filesystem
# description: "A writable root filesystem lets an intruder drop tools and change binaries or configuration inside the container. Set read_only: true and give the service tmpfs mounts or volumes where it must write. Services that extend another one inherit the setting and are not checked; values made of ${VARIABLES} are not reported."
# custom:
#   id: TG-K8S-006
#   severity: low
#   dimension: security
#   kinds: [compose]
#   frameworks: {nist-800-53: ["CM-5", "SI-7"]}
#   remediation: |
#     Make the root filesystem read-only and give the service a scratch directory:
#       services:
#         app:
#           image: ghcr.io/acme/app:1.4.2
#           read_only: true
#           tmpfs:
#             - /tmp
package tollgate.compose.compose_read_only

import rego.v1

deny contains finding if {
	some r in items(input.resources)
	r.type == "service"
	is_object(r.attributes)
	object.get(r.attributes, "extends", null) == null
	setting := object.get(r.attributes, "read_only", null)
	not enabled(setting)
	not undecided(setting)
	finding := {
		"resource": r.address,
		"path": ["read_only"],
		"message": sprintf("Service %s does not use a read-only root filesystem.", [label(r)]),
	}
}

# enabled(x) is true for `true`, and for the string "true" that compose casts to it.
enabled(x) if x == true

enabled(x) if {
	is_string(x)
	lower(trim_space(x)) == "true"
}

# undecided(x): an interpolated or unknown value.
undecided(x) if {
	is_string(x)
	contains(x, "$")
}

undecided(x) if {
	is_object(x)
	"__unknown__" in object.keys(x)
}

label(x) := x.name if is_string(x.name)

label(x) := x.address if not is_string(x.name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
