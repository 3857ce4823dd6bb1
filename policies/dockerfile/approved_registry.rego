# METADATA
# title: Container images come from approved registries
# description: "Base images pulled from registries the organization does not control or vet can change or disappear without notice and bypass its image scanning and signing. The approved registries are the organization data key approved_registries (an empty list allows any): a registry host (ghcr.io), a wildcard host (*.dkr.ecr.us-east-1.amazonaws.com) or a registry path prefix (ghcr.io/acme); images without a registry come from docker.io. When approved_base_images is not empty, the base image must also be one of them (library/alpine, gcr.io/distroless/static; an entry with a tag pins the tag). Stages built FROM an earlier stage, scratch, and images named by a build argument without a default are not checked; a build argument's default is."
# custom:
#   id: TG-ORG-003
#   severity: medium
#   dimension: security
#   kinds: [dockerfile]
#   frameworks: {nist-800-53: ["CM-7", "SR-3"]}
#   remediation: |
#     Build FROM an approved base image in an approved registry (mirror it there first if needed):
#       FROM ghcr.io/acme/base/python:3.12.3-slim
#     or add the registry (or the base image) to the organization data (tollgate.toml):
#       [organization]
#       approved_registries = ["docker.io", "registry.example.com"]
#       approved_base_images = ["library/python", "gcr.io/distroless/static"]
package tollgate.dockerfile.approved_registry

import rego.v1

deny contains finding if {
	count(approved_registries) > 0
	some s in external_stages
	b := s.base
	not approved(host(b.registry), b.repository)
	finding := {
		"resource": s.address,
		"path": ["base"],
		"message": sprintf("Stage %s is built FROM %s from %s, which is not an approved registry.", [s.address, b.image, host(b.registry)]),
	}
}

deny contains finding if {
	count(approved_base_images) > 0
	some s in external_stages
	b := s.base
	registry_approved(b)
	not approved_base(b)
	finding := {
		"resource": s.address,
		"path": ["base"],
		"message": sprintf("Stage %s is built FROM %s, which is not an approved base image.", [s.address, b.image]),
	}
}

# external_stages are the stages built FROM a registry image whose name is known.
external_stages contains s if {
	some s in items(input.stages)
	is_object(s)
	is_string(s.address)
	b := s.base
	is_object(b)
	not b.stage == true
	not b.scratch == true
	is_string(b.image)
	not contains(b.image, "$")
	is_string(b.registry)
	is_string(b.repository)
}

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
# name of an official image), optionally with its tag.
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

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
