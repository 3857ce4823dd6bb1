# METADATA
# title: Containers declare a health check
# description: An image built without a HEALTHCHECK (or with HEALTHCHECK NONE) gives Docker and compose no way to tell a hung process from a healthy one, so the container keeps receiving traffic and is never restarted. Orchestrators with their own probes (Kubernetes) do not read it; declare the probe there as well.
# custom:
#   id: TG-CONTAINER-005
#   severity: medium
#   dimension: reliability
#   kinds: [image]
#   frameworks: {cis-docker: ["4.6"]}
#   remediation: |
#     Declare how to probe the service in the final stage and rebuild:
#       HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD ["/usr/local/bin/server", "healthcheck"]
package tollgate.image.healthcheck

import rego.v1

deny contains finding if {
	config := image_config
	not healthcheck_set(config)
	finding := {
		"resource": "image",
		"path": ["config", "healthcheck"],
		"message": sprintf("Image %s declares no health check.", [image_name]),
	}
}

deny contains finding if {
	config := image_config
	is_object(config.healthcheck)
	is_array(config.healthcheck.test)
	count(config.healthcheck.test) > 0
	upper(trim_space(sprintf("%v", [config.healthcheck.test[0]]))) == "NONE"
	finding := {
		"resource": "image",
		"path": ["config", "healthcheck", "test"],
		"message": sprintf("Image %s disables its health check (HEALTHCHECK NONE).", [image_name]),
	}
}

# healthcheck_set(config): a health check object with a test (an empty test inherits nothing in
# a built image, so it is no health check; a test that is not an array is not judged).
healthcheck_set(config) if {
	is_object(config.healthcheck)
	not empty_test(config.healthcheck)
}

empty_test(h) if h.test == []

empty_test(h) if object.get(h, "test", null) == null

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
