# METADATA
# title: The SSH port is not exposed
# description: EXPOSE 22 means the image runs, or is meant to run, an SSH server; containers should be reached through the orchestrator (docker exec, kubectl exec), not through a long-lived daemon with its own keys and passwords. A port range that includes 22 is reported as well.
# custom:
#   id: TG-DOCKER-006
#   severity: medium
#   dimension: security
#   kinds: [dockerfile]
#   frameworks: {cis-docker: ["5.6"], nist-800-53: ["CM-7"]}
#   remediation: |
#     Remove the SSH server and expose only the application port:
#       EXPOSE 8080
#     and debug running containers with `docker exec` or `kubectl exec` instead.
package tollgate.dockerfile.ssh_port_exposed

import rego.v1

deny contains finding if {
	some s in items(input.stages)
	is_object(s)
	some i, ins in items(s.instructions)
	is_object(ins)
	is_string(ins.instruction)
	upper(ins.instruction) == "EXPOSE"
	some port in items(ins.ports)
	ssh(port)
	finding := {
		"resource": s.address,
		"path": ["instructions", i],
		"message": sprintf("Stage %s exposes the SSH port (%v).", [s.address, port]),
	}
}

ssh(port) if port == 22

ssh(port) if {
	is_string(port)
	regex.match(`(?i)^0*22(/tcp)?$`, trim_space(port))
}

# A range such as 20-25 or 20-25/tcp.
ssh(port) if {
	is_string(port)
	parts := regex.find_all_string_submatch_n(`(?i)^([0-9]+)-([0-9]+)(/tcp)?$`, trim_space(port), 1)
	count(parts) == 1
	to_number(parts[0][1]) <= 22
	to_number(parts[0][2]) >= 22
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
