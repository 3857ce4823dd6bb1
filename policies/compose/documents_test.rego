# Builders of `compose` input documents for the unit tests, shaped like the scanner's
# (see policies/README.md). No tests here.
package tollgate.compose.documents_test

import rego.v1

# compose(services) is the document of a docker-compose.yml with these services
# (name → the service as written).
compose(services) := {
	"kind": "compose",
	"path": "docker-compose.yml",
	"resources": [resource |
		some name, attributes in services
		resource := {
			"address": sprintf("services.%s", [name]),
			"type": "service",
			"name": name,
			"file": "docker-compose.yml",
			"attributes": attributes,
		}
	],
	"services": [service(name, attributes) | some name, attributes in services],
}

# The document of an empty file, as the scanner's start-up check evaluates it.
empty := {"kind": "compose", "path": "", "resources": []}

service(name, attributes) := {
	"name": name,
	"address": sprintf("services.%s", [name]),
	"image_ref": image_ref(object.get(attributes, "image", null)),
	"environment": environment(object.get(attributes, "environment", null)),
	"volumes": volumes(object.get(attributes, "volumes", null)),
}

environment(x) := x if is_object(x)

environment(x) := {name: value |
	some item in x
	parts := split(item, "=")
	name := parts[0]
	value := variable_value(item, parts)
} if is_array(x)

environment(x) := {} if {
	not is_object(x)
	not is_array(x)
}

variable_value(_, parts) := null if count(parts) == 1

variable_value(item, parts) := substring(item, count(parts[0]) + 1, -1) if count(parts) > 1

volumes(x) := [volume(i, v) | some i, v in x] if is_array(x)

volumes(x) := [] if not is_array(x)

volume(i, v) := {
	"index": i,
	"source": object.get(v, "source", null),
	"target": object.get(v, "target", null),
	"read_only": object.get(v, "read_only", false),
	"type": object.get(v, "type", "volume"),
} if is_object(v)

volume(i, v) := {
	"index": i,
	"source": parts[0],
	"target": parts[1],
	"read_only": read_only(parts),
	"type": volume_type(parts[0]),
} if {
	is_string(v)
	parts := split(v, ":")
	count(parts) > 1
}

volume(i, v) := {"index": i, "source": null, "target": v, "read_only": false, "type": "volume"} if {
	is_string(v)
	not contains(v, ":")
}

read_only(parts) if {
	count(parts) > 2
	"ro" in split(parts[2], ",")
}

read_only(parts) := false if not count(parts) > 2

read_only(parts) := false if {
	count(parts) > 2
	not "ro" in split(parts[2], ",")
}

volume_type(source) := "bind" if regex.match(`^[./~]`, source)

volume_type(source) := "volume" if not regex.match(`^[./~]`, source)

# image_ref(image) is a simplified version of the scanner's image reference parser; null
# when the service has no image (it only builds).
image_ref(image) := null if not is_string(image)

image_ref(image) := {
	"registry": "docker.io",
	"repository": untagged(name),
	"tag": tag(name),
	"digest": digest(image),
} if {
	is_string(image)
	name := split(image, "@")[0]
}

digest(image) := split(image, "@")[1] if contains(image, "@")

digest(image) := null if not contains(image, "@")

last_segment(name) := segments[count(segments) - 1] if segments := split(name, "/")

tag(name) := split(last_segment(name), ":")[1] if contains(last_segment(name), ":")

tag(name) := null if not contains(last_segment(name), ":")

untagged(name) := trim_suffix(name, sprintf(":%s", [tag(name)])) if is_string(tag(name))

untagged(name) := name if not is_string(tag(name))
