# METADATA
# title: Container images come from approved registries
# description: "Images pulled from registries the organization does not control or vet can change or disappear without notice and bypass its image scanning and signing. The image's own registry, and the registry of the base image it records (OCI annotation or label org.opencontainers.image.base.name), must be in the organization data key approved_registries (an empty list allows any): a registry host (ghcr.io), a wildcard host (*.dkr.ecr.us-east-1.amazonaws.com) or a registry path prefix (ghcr.io/acme). When approved_base_images is not empty, the recorded base image must also be one of them (library/alpine, gcr.io/distroless/static; an entry with a tag pins the tag). An image that records no base is only checked for its own registry."
# custom:
#   id: TG-ORG-003
#   severity: medium
#   dimension: security
#   kinds: [image]
#   frameworks: {nist-800-53: ["CM-7", "SR-3"]}
#   remediation: |
#     Build FROM an approved base image and push to an approved registry (mirror the base there
#     first if needed):
#       FROM ghcr.io/acme/base/python:3.12.3-slim
#     or add the registry (or the base image) to the organization data (tollgate.toml):
#       [organization]
#       approved_registries = ["docker.io", "registry.example.com"]
#       approved_base_images = ["library/python", "gcr.io/distroless/static"]
package tollgate.image.approved_registry

import rego.v1

deny contains finding if {
	count(approved_registries) > 0
	ref := reference
	not approved(host(ref.registry), ref.repository)
	finding := {
		"resource": "image",
		"path": ["reference"],
		"message": sprintf("Image %s comes from %s, which is not an approved registry.", [image_name, host(ref.registry)]),
	}
}

deny contains finding if {
	count(approved_registries) > 0
	b := base
	not approved(host(b.registry), b.repository)
	finding := {
		"resource": "image",
		"path": ["base", "name"],
		"message": sprintf("Image %s is built from %s from %s, which is not an approved registry.", [image_name, base_name(b), host(b.registry)]),
	}
}

deny contains finding if {
	count(approved_base_images) > 0
	b := base
	registry_approved(b)
	not approved_base(b)
	finding := {
		"resource": "image",
		"path": ["base", "name"],
		"message": sprintf("Image %s is built from %s, which is not an approved base image.", [image_name, base_name(b)]),
	}
}

# reference: the parsed reference the image was loaded by, when it names a registry.
reference := ref if {
	is_object(input.image)
	ref := input.image.reference_ref
	is_object(ref)
	registry_host(ref.registry)
	is_string(ref.repository)
	ref.repository != ""
}

# base: the base image the image records, when known.
base := b if {
	is_object(input.image)
	b := input.image.base
	is_object(b)
	registry_host(b.registry)
	is_string(b.repository)
	b.repository != ""
}

# registry_host(x): a registry host name or address with an optional port; a local reference
# such as oci:dir:tag parsed as a registry is not one.
registry_host(x) if {
	is_string(x)
	regex.match(`^(\[[0-9A-Fa-f:]+\]|[A-Za-z0-9.-]+)(:[0-9]+)?$`, x)
}

base_name(b) := b.name if is_string(b.name)

base_name(b) := sprintf("%s/%s", [b.registry, b.repository]) if not is_string(b.name)

approved_registries := [lower(trim_space(e)) | some e in items(data.tollgate.organization.approved_registries); is_string(e); trim_space(e) != ""]

approved_base_images := [lower(trim_space(e)) | some e in items(data.tollgate.organization.approved_base_images); is_string(e); trim_space(e) != ""]

registry_approved(_) if count(approved_registries) == 0

registry_approved(b) if approved(host(b.registry), b.repository)

approved(registry, repository) if {
	some entry in approved_registries
	allows(entry, registry, repository)
}

# allows(entry, registry, repository): a host, a *.suffix wildcard host, or a registry path prefix.
allows(entry, registry, _) if host(entry) == registry

allows(entry, registry, _) if {
	startswith(entry, "*.")
	endswith(registry, substring(entry, 1, -1))
}

allows(entry, registry, repository) if {
	contains(entry, "/")
	parts := split(trim_suffix(entry, "/"), "/")
	host(parts[0]) == registry
	prefix := concat("/", array.slice(parts, 1, count(parts)))
	path := lower(repository)
	path_prefix(prefix, path)
}

path_prefix(prefix, path) if prefix == path

path_prefix(prefix, path) if startswith(path, concat("", [prefix, "/"]))

# approved_base(b): an entry names the image (repository, registry/repository, or the short
# name of an official image), optionally with its tag or digest.
approved_base(b) if {
	some entry in approved_base_images
	entry in base_names(b)
}

base_names(b) := names | tagged | digested if {
	names := image_names(b)
	tagged := {sprintf("%s:%s", [n, lower(b.tag)]) | some n in names; is_string(b.tag)}
	digested := {sprintf("%s@%s", [n, lower(b.digest)]) | some n in names; is_string(b.digest)}
}

image_names(b) := {repository, sprintf("%s/%s", [registry, repository])} | hub_names(registry, repository) if {
	registry := host(b.registry)
	repository := lower(b.repository)
}

hub_names(registry, repository) := {trim_prefix(repository, "library/"), sprintf("index.docker.io/%s", [repository])} if registry == "docker.io"

hub_names(registry, _) := set() if registry != "docker.io"

# host(x): the registry host in lower case, with Docker Hub's aliases folded into docker.io.
host(x) := "docker.io" if lower(x) in {"docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"}

host(x) := lower(x) if not lower(x) in {"docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"}

image_name := input.image.reference if is_string(input.image.reference)

image_name := input.path if {
	not is_string(input.image.reference)
	is_string(input.path)
}

image_name := "(unnamed)" if {
	not is_string(input.image.reference)
	not is_string(input.path)
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
