# METADATA
# title: Containers drop all capabilities and add no dangerous ones
# description: Containers start with a default set of Linux capabilities (NET_RAW, CHOWN, SETUID…) most processes never use. Drop them all and add back only what is needed; SYS_ADMIN, NET_ADMIN, SYS_PTRACE and ALL are close to root on the node.
# custom:
#   id: TG-K8S-005
#   severity: medium
#   dimension: security
#   kinds: [kubernetes]
#   frameworks: {cis-kubernetes: ["5.2.8", "5.2.9", "5.2.10"], nist-800-53: ["AC-6", "CM-7"]}
#   remediation: |
#     Drop every capability and add back only harmless ones the process needs:
#       containers:
#         - name: app
#           image: ghcr.io/acme/app:1.4.2
#           securityContext:
#             capabilities:
#               drop: ["ALL"]
#               add: ["NET_BIND_SERVICE"]
package tollgate.kubernetes.capabilities

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some c in containers
	drop := object.get(capabilities(c), "drop", null)
	not lib.is_unknown(drop)
	not drops_all(drop)
	finding := {
		"resource": input.object.address,
		"path": array.concat(c.path, ["securityContext", "capabilities", "drop"]),
		"message": sprintf("Container %s of %s does not drop all capabilities.", [label(c), input.object.address]),
	}
}

deny contains finding if {
	some c in containers
	some i, capability in items(object.get(capabilities(c), "add", null))
	is_string(capability)
	name := normalized(capability)
	name in dangerous
	finding := {
		"resource": input.object.address,
		"path": array.concat(c.path, ["securityContext", "capabilities", "add", i]),
		"message": sprintf("Container %s of %s adds the capability %s.", [label(c), input.object.address, name]),
	}
}

dangerous := {"SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "ALL"}

drops_all(drop) if {
	some capability in items(drop)
	is_string(capability)
	normalized(capability) == "ALL"
}

# normalized(name) is the capability name in upper case without the CAP_ prefix.
normalized(name) := trim_prefix(upper(trim_space(name)), "CAP_")

capabilities(c) := c.spec.securityContext.capabilities if is_object(c.spec.securityContext.capabilities)

capabilities(c) := {} if not is_object(c.spec.securityContext.capabilities)

containers contains c if {
	some c in items(input.containers)
	is_object(c)
	is_array(c.path)
}

label(c) := c.name if is_string(c.name)

label(c) := "(unnamed)" if not is_string(c.name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
