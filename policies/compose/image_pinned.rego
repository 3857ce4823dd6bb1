# METADATA
# title: Images are pinned to a version or digest
# description: An image without a tag, or tagged latest, changes under the service whenever the tag moves, so two hosts can run different code and a rollback restores nothing. Services that only build are not checked, nor images made of variables.
# custom:
#   id: TG-CONTAINER-004
#   severity: medium
#   dimension: deployment
#   kinds: [compose]
#   frameworks: {nist-800-53: ["CM-2", "SI-7"]}
#   remediation: |
#     Reference a version, ideally with its digest:
#       services:
#         app:
#           image: ghcr.io/acme/app:1.4.2@sha256:<digest>
package tollgate.compose.image_pinned

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some s in services
	ref := s.image_ref
	is_object(ref)
	not lib.is_unknown(ref)
	not has_digest(ref)
	not has_tag(ref)
	finding := {
		"resource": s.address,
		"path": ["image"],
		"message": sprintf("Service %s uses image %s without a version tag or digest.", [label(s), image(s)]),
	}
}

deny contains finding if {
	some s in services
	ref := s.image_ref
	is_object(ref)
	not lib.is_unknown(ref)
	not has_digest(ref)
	ref.tag == "latest"
	finding := {
		"resource": s.address,
		"path": ["image"],
		"message": sprintf("Service %s uses image %s with the mutable tag latest.", [label(s), image(s)]),
	}
}

# services are the services whose image is written out, not made of ${VARIABLES}.
services contains s if {
	some s in items(input.services)
	is_string(s.address)
	not interpolated(s)
}

interpolated(s) if {
	some r in input.resources
	r.address == s.address
	is_string(r.attributes.image)
	contains(r.attributes.image, "$")
}

has_digest(ref) if {
	is_string(ref.digest)
	ref.digest != ""
}

has_tag(ref) if {
	is_string(ref.tag)
	ref.tag != ""
}

image(s) := r.attributes.image if {
	some r in input.resources
	r.address == s.address
	is_string(r.attributes.image)
}

image(s) := s.image_ref.repository if {
	not written_image(s)
	is_string(s.image_ref.repository)
}

image(s) := "(unnamed)" if {
	not written_image(s)
	not is_string(s.image_ref.repository)
}

written_image(s) if {
	some r in input.resources
	r.address == s.address
	is_string(r.attributes.image)
}

label(x) := x.name if is_string(x.name)

label(x) := x.address if not is_string(x.name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
