# METADATA
# title: Images do not ship sudo
# description: sudo in a container image lets a process that runs as an unprivileged user become root again, undoing USER; a container needs no privilege switching at runtime, and build steps run as root anyway. Reported from the installed packages (sudo, sudo-ldap, sudo-rs, doas).
# custom:
#   id: TG-IMAGE-013
#   severity: low
#   dimension: security
#   kinds: [image]
#   frameworks: {cis-docker: ["4.3"], nist-800-53: ["AC-6"]}
#   remediation: |
#     Do the privileged work in RUN steps before USER and remove sudo from the final image:
#       RUN apt-get purge -y sudo && apt-get autoremove -y
#       USER app
package tollgate.image.sudo_installed

import rego.v1

deny contains finding if {
	some i, pkg in items(input.image.packages)
	is_object(pkg)
	is_string(pkg.name)
	lower(pkg.name) in names
	finding := {
		"resource": "image",
		"path": ["packages", i],
		"message": sprintf("Image %s ships the privilege escalation tool %s%s.", [image_name, pkg.name, version(pkg)]),
	}
}

names := {"sudo", "sudo-ldap", "sudo-rs", "doas", "opendoas"}

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
