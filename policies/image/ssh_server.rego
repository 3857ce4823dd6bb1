# METADATA
# title: Images do not ship an SSH server
# description: An SSH server in a container is a second way in, with its own keys, passwords and vulnerabilities, that bypasses the orchestrator's access control and audit log; containers are reached with docker exec or kubectl exec. Reported from the installed packages (openssh-server, dropbear, tinysshd).
# custom:
#   id: TG-IMAGE-004
#   severity: medium
#   dimension: security
#   kinds: [image]
#   frameworks: {cis-docker: ["4.3"], nist-800-53: ["CM-7"]}
#   remediation: |
#     Do not install an SSH server in the image; remove it and rebuild:
#       RUN apt-get purge -y openssh-server && apt-get autoremove -y
#     (better, never install it) and debug running containers with `docker exec` or
#     `kubectl exec`.
package tollgate.image.ssh_server

import rego.v1

deny contains finding if {
	some i, pkg in items(input.image.packages)
	is_object(pkg)
	is_string(pkg.name)
	lower(pkg.name) in names
	finding := {
		"resource": "image",
		"path": ["packages", i],
		"message": sprintf("Image %s ships the SSH server package %s%s.", [image_name, pkg.name, version(pkg)]),
	}
}

names := {"openssh-server", "openssh-server-pam", "dropbear", "dropbear-bin", "dropbear-run", "tinysshd"}

version(pkg) := sprintf(" %s", [pkg.version]) if {
	is_string(pkg.version)
	pkg.version != ""
}

version(pkg) := "" if not is_string(pkg.version)

version(pkg) := "" if pkg.version == ""

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
