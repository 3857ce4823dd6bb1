# METADATA
# title: Containers with mutable tags always pull
# description: "A node that already holds an image tagged latest (or untagged) runs its cached copy when imagePullPolicy is IfNotPresent or Never, so nodes run different code under the same name and a redeploy does not pick up the new image. Kubernetes already defaults to Always for such images; only an explicit other policy is reported. Images with a digest are immutable and not checked."
# custom:
#   id: TG-K8S-018
#   severity: low
#   dimension: deployment
#   kinds: [kubernetes]
#   frameworks: {nist-800-53: ["CM-2"]}
#   remediation: |
#     Pin the image to a version (best), or let the kubelet pull it every time:
#       containers:
#         - name: app
#           image: ghcr.io/acme/app:1.4.2
#           imagePullPolicy: IfNotPresent
#       # or, for a floating tag:
#         - name: tools
#           image: ghcr.io/acme/tools:latest
#           imagePullPolicy: Always
package tollgate.kubernetes.image_pull_policy

import rego.v1

deny contains finding if {
	some c in containers
	ref := c.image_ref
	is_object(ref)
	not has_digest(ref)
	mutable_tag(ref)
	policy := c.spec.imagePullPolicy
	is_string(policy)
	policy != "Always"
	finding := {
		"resource": input.object.address,
		"path": array.concat(c.path, ["imagePullPolicy"]),
		"message": sprintf("Container %s of %s uses the mutable image %s with imagePullPolicy %s.", [label(c), input.object.address, c.image, policy]),
	}
}

mutable_tag(ref) if ref.tag == null

mutable_tag(ref) if ref.tag == "latest"

has_digest(ref) if {
	is_string(ref.digest)
	ref.digest != ""
}

containers contains c if {
	some c in items(input.containers)
	is_object(c)
	is_array(c.path)
	is_string(c.image)
	is_object(c.spec)
}

label(c) := c.name if is_string(c.name)

label(c) := "(unnamed)" if not is_string(c.name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
