# METADATA
# title: Images say where they were built from
# description: Without the OCI labels org.opencontainers.image.source (the repository) and org.opencontainers.image.revision (the commit), nobody can tell from a running image which code it contains, so incidents, vulnerability reports and rollbacks start with guesswork.
# custom:
#   id: TG-IMAGE-007
#   severity: low
#   dimension: automation
#   kinds: [image]
#   frameworks: {}
#   remediation: |
#     Set the labels at build time from the CI variables:
#       ARG VCS_REF
#       LABEL org.opencontainers.image.source="https://github.com/acme/app" \
#             org.opencontainers.image.revision="${VCS_REF}"
#     and build with: docker build --build-arg VCS_REF="$(git rev-parse HEAD)" .
#     (docker/metadata-action sets both labels in GitHub Actions.)
package tollgate.image.oci_labels

import rego.v1

required := ["org.opencontainers.image.source", "org.opencontainers.image.revision"]

deny contains finding if {
	config := image_config
	missing := [l | some l in required; not labelled(config, l)]
	count(missing) > 0
	finding := {
		"resource": "image",
		"path": ["config", "labels"],
		"message": sprintf("Image %s lacks the label%s %s.", [image_name, plural(missing), concat(" and ", missing)]),
	}
}

labelled(config, label) if {
	is_object(config.labels)
	value := config.labels[label]
	is_string(value)
	trim_space(value) != ""
}

plural(missing) := "s" if count(missing) > 1

plural(missing) := "" if count(missing) <= 1

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
