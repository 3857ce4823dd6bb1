# METADATA
# title: Containers forbid privilege escalation
# description: Unless allowPrivilegeEscalation is false, a process in the container can gain more privileges than its parent through setuid binaries or file capabilities (no_new_privs is not set). A missing setting counts as allowed. Init containers are not checked.
# custom:
#   id: TG-K8S-002
#   severity: medium
#   dimension: security
#   kinds: [kubernetes]
#   frameworks: {cis-kubernetes: ["5.2.6"], nist-800-53: ["AC-6"]}
#   remediation: |
#     Set allowPrivilegeEscalation to false in every container:
#       containers:
#         - name: app
#           image: ghcr.io/acme/app:1.4.2
#           securityContext:
#             allowPrivilegeEscalation: false
package tollgate.kubernetes.privilege_escalation

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some c in containers
	c.init == false
	setting := object.get(security_context(c), "allowPrivilegeEscalation", null)
	setting != false
	not lib.is_unknown(setting)
	finding := {
		"resource": input.object.address,
		"path": array.concat(c.path, ["securityContext", "allowPrivilegeEscalation"]),
		"message": sprintf("Container %s of %s does not set allowPrivilegeEscalation to false.", [label(c), input.object.address]),
	}
}

security_context(c) := c.spec.securityContext if is_object(c.spec.securityContext)

security_context(c) := {} if not is_object(c.spec.securityContext)

containers contains c if {
	some c in items(input.containers)
	is_object(c)
	is_array(c.path)
}

label(c) := c.name if is_string(c.name)

label(c) := "(unnamed)" if not is_string(c.name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
