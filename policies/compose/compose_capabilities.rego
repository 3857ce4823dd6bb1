# METADATA
# title: Compose services add no dangerous capabilities
# description: SYS_ADMIN, NET_ADMIN and SYS_PTRACE (and ALL, which includes them) let a container mount filesystems, reconfigure the host's networking when sharing it, or trace other processes; each is close to root on the host and a common step in container escapes.
# custom:
#   id: TG-COMPOSE-001
#   severity: medium
#   dimension: security
#   kinds: [compose]
#   frameworks: {nist-800-53: ["AC-6", "CM-7"]}
#   remediation: |
#     Drop every capability and add back only harmless ones the process needs:
#       services:
#         app:
#           image: ghcr.io/acme/app:1.4.2
#           cap_drop: [ALL]
#           cap_add: [NET_BIND_SERVICE]
package tollgate.compose.compose_capabilities

import rego.v1

dangerous := {"SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "ALL"}

deny contains finding if {
	some r in items(input.resources)
	r.type == "service"
	is_object(r.attributes)
	some i, capability in items(r.attributes.cap_add)
	is_string(capability)
	name := trim_prefix(upper(trim_space(capability)), "CAP_")
	name in dangerous
	finding := {
		"resource": r.address,
		"path": ["cap_add", i],
		"message": sprintf("Service %s adds the capability %s.", [label(r), name]),
	}
}

label(x) := x.name if is_string(x.name)

label(x) := x.address if not is_string(x.name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
