# METADATA
# title: Images are pinned to a version or digest
# description: An image without a tag, or tagged latest, changes under the workload whenever the tag moves, so two nodes can run different code and a rollback restores nothing. Pin a version tag, or better a digest.
# custom:
#   id: TG-CONTAINER-004
#   severity: medium
#   dimension: deployment
#   kinds: [kubernetes]
#   frameworks: {nist-800-53: ["CM-2", "SI-7"]}
#   remediation: |
#     Reference a version, ideally with its digest:
#       containers:
#         - name: app
#           image: ghcr.io/acme/app:1.4.2@sha256:<digest>
#           imagePullPolicy: IfNotPresent
package tollgate.kubernetes.image_pinned

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some c in containers
	ref := c.image_ref
	is_object(ref)
	not lib.is_unknown(ref)
	not has_digest(ref)
	not has_tag(ref)
	finding := {
		"resource": input.object.address,
		"path": array.concat(c.path, ["image"]),
		"message": sprintf("Container %s of %s uses image %s without a version tag or digest.", [label(c), input.object.address, image(c)]),
	}
}

deny contains finding if {
	some c in containers
	ref := c.image_ref
	is_object(ref)
	not lib.is_unknown(ref)
	not has_digest(ref)
	ref.tag == "latest"
	finding := {
		"resource": input.object.address,
		"path": array.concat(c.path, ["image"]),
		"message": sprintf("Container %s of %s uses image %s with the mutable tag latest.", [label(c), input.object.address, image(c)]),
	}
}

has_digest(ref) if {
	is_string(ref.digest)
	ref.digest != ""
}

has_tag(ref) if {
	is_string(ref.tag)
	ref.tag != ""
}

image(c) := c.image if is_string(c.image)

image(c) := ref_name(c.image_ref) if not is_string(c.image)

ref_name(ref) := sprintf("%s/%s", [ref.registry, ref.repository]) if {
	is_string(ref.registry)
	is_string(ref.repository)
}

ref_name(ref) := "(unnamed)" if not is_string(ref.repository)

ref_name(ref) := "(unnamed)" if {
	is_string(ref.repository)
	not is_string(ref.registry)
}

containers contains c if {
	some c in items(input.containers)
	is_object(c)
	is_array(c.path)
}

label(c) := c.name if is_string(c.name)

label(c) := "(unnamed)" if not is_string(c.name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
