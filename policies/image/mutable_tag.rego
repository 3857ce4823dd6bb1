# METADATA
# title: Images are pinned to a version or digest
# description: An image referenced without a tag, or tagged latest, and without a digest changes whenever the tag moves, so two deployments of the same configuration can run different code and a rollback restores nothing. Reference a version tag, or better a digest.
# custom:
#   id: TG-CONTAINER-004
#   severity: medium
#   dimension: deployment
#   kinds: [image]
#   frameworks: {nist-800-53: ["CM-2", "SI-7"]}
#   remediation: |
#     Tag every build with its version (and the commit) and deploy that tag, ideally with the
#     digest the registry returned on push:
#       docker build -t ghcr.io/acme/app:1.4.2 .
#       docker push ghcr.io/acme/app:1.4.2
#       image: ghcr.io/acme/app:1.4.2@sha256:<digest>
package tollgate.image.mutable_tag

import rego.v1

import data.tollgate.lib

deny contains finding if {
	ref := reference
	not has_digest(ref)
	not has_tag(ref)
	finding := {
		"resource": "image",
		"path": ["reference"],
		"message": sprintf("Image %s is referenced without a version tag or digest.", [image_name]),
	}
}

deny contains finding if {
	ref := reference
	not has_digest(ref)
	is_string(ref.tag)
	lower(trim_space(ref.tag)) == "latest"
	finding := {
		"resource": "image",
		"path": ["reference"],
		"message": sprintf("Image %s is referenced by the mutable tag latest without a digest.", [image_name]),
	}
}

# reference: the parsed reference the image was loaded by (null when there is none, e.g. an
# image read from a local layout that names no tag).
reference := ref if {
	is_object(input.image)
	ref := input.image.reference_ref
	is_object(ref)
	not lib.is_unknown(ref)
}

has_digest(ref) if {
	is_string(ref.digest)
	ref.digest != ""
}

has_tag(ref) if {
	is_string(ref.tag)
	ref.tag != ""
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
