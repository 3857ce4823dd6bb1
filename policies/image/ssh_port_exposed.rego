# METADATA
# title: The SSH port is not exposed
# description: An image that exposes port 22 runs, or is meant to run, an SSH server; containers should be reached through the orchestrator (docker exec, kubectl exec), not through a long-lived daemon with its own keys and passwords.
# custom:
#   id: TG-DOCKER-006
#   severity: medium
#   dimension: security
#   kinds: [image]
#   frameworks: {nist-800-53: ["CM-7"]}
#   remediation: |
#     Remove EXPOSE 22 (and the SSH server) from the Dockerfile, expose only the application
#     port and rebuild:
#       EXPOSE 8080
#     Debug running containers with `docker exec` or `kubectl exec` instead.
package tollgate.image.ssh_port_exposed

import rego.v1

deny contains finding if {
	some i, port in items(image_config.exposed_ports)
	ssh(port)
	finding := {
		"resource": "image",
		"path": ["config", "exposed_ports", i],
		"message": sprintf("Image %s exposes the SSH port (%v).", [image_name, port]),
	}
}

ssh(port) if port == 22

ssh(port) if {
	is_string(port)
	regex.match(`(?i)^0*22(/tcp)?$`, trim_space(port))
}

image_config := input.image.config if {
	is_object(input.image)
	is_object(input.image.config)
}

image_name := input.image.reference if is_string(input.image.reference)

image_name := input.path if {
	not is_string(input.image.reference)
	is_string(input.path)
}

image_name := "(unnamed)" if {
	not is_string(input.image.reference)
	not is_string(input.path)
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
