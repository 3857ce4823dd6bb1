# METADATA
# title: Images carry no private keys
# description: A file in the image whose content is a PEM or OpenSSH private key (an SSH identity, a TLS server key, a signing key) is handed to everyone who can pull the image, and stays in its layer even when a later layer deletes it. Treat the key as compromised.
# custom:
#   id: TG-IMAGE-001
#   severity: critical
#   dimension: security
#   kinds: [image]
#   frameworks: {nist-800-53: ["SC-12"]}
#   remediation: |
#     Rotate the key, remove it from the build context (add it to .dockerignore) and mount it at
#     runtime instead; keys needed during the build go through a BuildKit mount:
#       RUN --mount=type=ssh git clone git@github.com:acme/private.git
#       RUN --mount=type=secret,id=signing_key,target=/run/secrets/signing.key make sign
#     TLS keys belong in the orchestrator's secret store, mounted as files at runtime.
package tollgate.image.private_keys

import rego.v1

deny contains finding if {
	some i, file in items(image_files.private_keys)
	is_object(file)
	is_string(file.path)
	finding := {
		"resource": "image",
		"path": ["files", "private_keys", i],
		"message": sprintf("Image %s contains the private key %s.", [image_name, file.path]),
	}
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
