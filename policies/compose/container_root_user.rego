# METADATA
# title: Containers do not run as root
# description: A service whose user is root (UID 0) is root on the host's kernel; one bug in the runtime or a mounted path away from owning the host. Only an explicit root user is reported, since without `user` the image decides.
# custom:
#   id: TG-CONTAINER-002
#   severity: high
#   dimension: security
#   kinds: [compose]
#   frameworks: {nist-800-53: ["AC-6"]}
#   remediation: |
#     Run the service as an unprivileged user:
#       services:
#         app:
#           image: ghcr.io/acme/app:1.4.2
#           user: "10001:10001"
package tollgate.compose.container_root_user

import rego.v1

deny contains finding if {
	some r in input.resources
	r.type == "service"
	root_user(r.attributes.user)
	finding := {
		"resource": r.address,
		"path": ["user"],
		"message": sprintf("Service %s runs as root (user %v).", [label(r), r.attributes.user]),
	}
}

root_user(user) if {
	is_string(user)
	trim_space(user) in {"root", "0", "0:0"}
}

root_user(user) if {
	is_string(user)
	some prefix in ["root:", "0:"]
	startswith(trim_space(user), prefix)
}

root_user(user) if user == 0

label(x) := x.name if is_string(x.name)

label(x) := x.address if not is_string(x.name)
