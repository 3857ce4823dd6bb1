# METADATA
# title: Containers do not run as root
# description: An image whose configuration sets no user, or sets root (`root`, `0`, `root:<group>`, `0:<group>`), starts its processes as root unless every deployment overrides it, so a compromised process owns the whole container and is one kernel bug away from the host.
# custom:
#   id: TG-CONTAINER-002
#   severity: high
#   dimension: security
#   kinds: [image]
#   frameworks: {cis-docker: ["4.1"], nist-800-53: ["AC-6"]}
#   remediation: |
#     Create an unprivileged user and switch to it at the end of the final stage, then rebuild:
#       FROM debian:13-slim
#       RUN groupadd --system app && useradd --system --gid app --no-create-home app
#       COPY --chown=app:app server /usr/local/bin/server
#       USER app
#       ENTRYPOINT ["/usr/local/bin/server"]
package tollgate.image.root_user

import rego.v1

deny contains finding if {
	config := image_config
	is_string(config.user)
	trim_space(config.user) == ""
	finding := {
		"resource": "image",
		"path": ["config", "user"],
		"message": sprintf("Image %s sets no user, so its containers run as root.", [image_name]),
	}
}

deny contains finding if {
	config := image_config
	is_string(config.user)
	root_user(config.user)
	finding := {
		"resource": "image",
		"path": ["config", "user"],
		"message": sprintf("Image %s runs as %s.", [image_name, trim_space(config.user)]),
	}
}

# root_user(u): root, 0, root:<group> or 0:<group>.
root_user(u) if {
	name := trim_space(split(trim_space(u), ":")[0])
	name in {"root", "0"}
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
