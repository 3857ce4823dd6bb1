# METADATA
# title: Images are pinned to a version or digest
# description: A FROM without a tag, or with `latest` and no digest, builds on whatever the registry serves that day, so two builds of the same commit can ship different software. Stages built FROM an earlier stage, `scratch`, and images named by a build argument (`FROM ${BASE}`) are not checked.
# custom:
#   id: TG-CONTAINER-004
#   severity: medium
#   dimension: deployment
#   kinds: [dockerfile]
#   frameworks: {cis-docker: ["4.2"], nist-800-53: ["CM-2", "SI-7"]}
#   remediation: |
#     Pin every base image to a version, ideally with its digest as well:
#       FROM python:3.12.3-slim-bookworm@sha256:2be8daddbb82756f7d1f2c7ece706aadcb284bf6ab6d769ea695cc3ed6016743
package tollgate.dockerfile.image_pinned

import rego.v1

deny contains finding if {
	some s in items(input.stages)
	is_object(s)
	b := s.base
	external(b)
	not digest(b)
	reason := unpinned(b)
	finding := {
		"resource": s.address,
		"path": ["base"],
		"message": sprintf("Stage %s is built FROM %s %s.", [s.address, b.image, reason]),
	}
}

# external(b): a registry image whose name is known (not an earlier stage, scratch or an ARG).
external(b) if {
	is_object(b)
	not b.stage == true
	not b.scratch == true
	is_string(b.image)
	not contains(b.image, "$")
}

digest(b) if {
	is_string(b.digest)
	b.digest != ""
}

unpinned(b) := "without a tag or digest" if not has_tag(b)

unpinned(b) := "with the floating tag latest and no digest" if {
	is_string(b.tag)
	lower(b.tag) == "latest"
}

has_tag(b) if {
	is_string(b.tag)
	b.tag != ""
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
