# METADATA
# title: Images contain no .env files
# description: A .env file copied into the image usually holds the database passwords and API tokens of the environment it came from, readable by everyone who can pull the image. Files named as examples or templates (example.env, sample.env, template.env) are not reported.
# custom:
#   id: TG-IMAGE-009
#   severity: high
#   dimension: security
#   kinds: [image]
#   frameworks: {nist-800-53: ["IA-5(7)"]}
#   remediation: |
#     Keep .env files out of the build context and pass the settings at runtime:
#       # .dockerignore
#       .env
#       *.env
#     then run with the orchestrator's secrets or "docker run --env-file .env".
package tollgate.image.env_files

import rego.v1

deny contains finding if {
	some i, file in items(image_files.env_files)
	is_object(file)
	is_string(file.path)
	not example(file.path)
	finding := {
		"resource": "image",
		"path": ["files", "env_files", i],
		"message": sprintf("Image %s contains the environment file %s.", [image_name, file.path]),
	}
}

# example(path): a file named as a sample or template of the real one.
example(path) if {
	name := lower(regex.replace(path, `^.*/`, ""))
	regex.match(`(^|[._-])(example|sample|template|dist|defaults?)([._-]|$)`, name)
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
