# METADATA
# title: Images record a digest-pinned base
# description: An image that names its base image (OCI annotation or label org.opencontainers.image.base.name) but not the base's digest cannot be traced to the exact base it was built on, so nobody can tell whether a vulnerability fixed in a newer base build is in it, or rebuild it byte for byte. The base is read from the OCI annotations (or labels) org.opencontainers.image.base.name and org.opencontainers.image.base.digest; images that record no base, or name it with its digest, are not reported.
# custom:
#   id: TG-IMAGE-010
#   severity: low
#   dimension: deployment
#   kinds: [image]
#   frameworks: {nist-800-53: ["SI-7"]}
#   remediation: |
#     Pin the base by digest in the Dockerfile (Renovate or Dependabot keep it current):
#       FROM debian:13-slim@sha256:<digest>
#     and record it when building:
#       docker buildx build --annotation "manifest:org.opencontainers.image.base.digest=sha256:<digest>" .
package tollgate.image.digest_pinned_base

import rego.v1

deny contains finding if {
	b := input.image.base
	is_object(b)
	is_string(b.name)
	trim_space(b.name) != ""
	not digest(b.digest)
	not regex.match(`@[A-Za-z0-9_+.-]+:[0-9a-fA-F]{32,}$`, b.name)
	finding := {
		"resource": "image",
		"path": ["base", "digest"],
		"message": sprintf("Image %s records its base %s without a digest.", [image_name, b.name]),
	}
}

digest(d) if {
	is_string(d)
	trim_space(d) != ""
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
