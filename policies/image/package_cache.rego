# METADATA
# title: Package manager caches are removed in the same layer
# description: Package indexes and downloaded packages left in the image (apt lists, apt/apk/yum/dnf caches, pip and npm caches) make every pull larger for nothing, and a later layer that deletes them does not help because the earlier layer still carries them. The cleanup has to happen in the same RUN as the install, or the cache has to live in a BuildKit cache mount.
# custom:
#   id: TG-DOCKER-007
#   severity: low
#   dimension: reliability
#   kinds: [image]
#   frameworks: {}
#   remediation: |
#     Clean up in the same RUN as the install and rebuild:
#       RUN apt-get update \
#        && apt-get install -y --no-install-recommends ca-certificates \
#        && rm -rf /var/lib/apt/lists/*
#       RUN apk add --no-cache ca-certificates
#       RUN pip install --no-cache-dir -r requirements.txt
#       RUN npm ci && npm cache clean --force
package tollgate.image.package_cache

import rego.v1

deny contains finding if {
	some i, cache in items(image_files.package_caches)
	is_object(cache)
	is_string(cache.path)
	finding := {
		"resource": "image",
		"path": ["files", "package_caches", i],
		"message": sprintf("Image %s keeps the package cache %s%s.", [image_name, cache.path, details(cache)]),
	}
}

# details(cache): " (apt, 12 files)", or less when the manager or the count is unknown.
details(cache) := "" if count(facts(cache)) == 0

details(cache) := sprintf(" (%s)", [concat(", ", facts(cache))]) if count(facts(cache)) > 0

facts(cache) := [x | some x in [manager(cache), files(cache)]; x != ""]

manager(cache) := cache.manager if is_string(cache.manager)

manager(cache) := "" if not is_string(cache.manager)

files(cache) := sprintf("%v files", [cache.files]) if {
	is_number(cache.files)
	cache.files > 0
}

files(cache) := "" if not positive(cache.files)

positive(n) if {
	is_number(n)
	n > 0
}

image_files := input.image.files if {
	is_object(input.image)
	is_object(input.image.files)
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

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
