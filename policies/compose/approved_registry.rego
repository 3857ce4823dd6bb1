# METADATA
# title: Container images come from approved registries
# description: "Images pulled from registries the organization does not control or vet can change or disappear without notice and bypass its image scanning and signing. The approved registries are the organization data key approved_registries (an empty list allows any). An entry is a registry host (ghcr.io), a wildcard host (*.dkr.ecr.us-east-1.amazonaws.com) or a registry path prefix (ghcr.io/acme); images without a registry come from docker.io. Services that only build, and images made of ${VARIABLES}, are not checked."
# custom:
#   id: TG-ORG-003
#   severity: medium
#   dimension: security
#   kinds: [compose]
#   frameworks: {nist-800-53: ["CM-7", "SR-3"]}
#   remediation: |
#     Pull the image from an approved registry (mirror it there first if needed):
#       services:
#         app:
#           image: ghcr.io/acme/app:1.4.2
#     or add the registry to approved_registries in the organization data (tollgate.toml):
#       [organization]
#       approved_registries = ["ghcr.io", "registry.example.com"]
package tollgate.compose.approved_registry

import rego.v1

deny contains finding if {
	count(approved_registries) > 0
	some s in items(input.services)
	is_string(s.address)
	image := written_image(s)
	not contains(image, "$")
	ref := s.image_ref
	is_string(ref.registry)
	is_string(ref.repository)
	not approved(host(ref.registry), ref.repository)
	finding := {
		"resource": s.address,
		"path": ["image"],
		"message": sprintf("Service %s uses image %s from %s, which is not an approved registry.", [label(s), image, host(ref.registry)]),
	}
}

written_image(s) := r.attributes.image if {
	some r in items(input.resources)
	r.address == s.address
	is_string(r.attributes.image)
}

approved_registries := [lower(trim_space(e)) | some e in items(data.tollgate.organization.approved_registries); is_string(e); trim_space(e) != ""]

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

# host(x): the registry host in lower case, with Docker Hub's aliases folded into docker.io.
host(x) := "docker.io" if lower(x) in {"docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"}

host(x) := lower(x) if not lower(x) in {"docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"}

label(x) := x.name if is_string(x.name)

label(x) := x.address if not is_string(x.name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
