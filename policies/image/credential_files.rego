# METADATA
# title: Images carry no credential files
# description: Cloud and registry credential files left in the image (.aws/credentials, .docker/config.json, gcloud application_default_credentials.json, .git-credentials, an .npmrc with a token, .pypirc, .kube/config) hand their access to everyone who can pull the image, and stay in their layer even when a later layer deletes them. Treat the credentials as compromised.
# custom:
#   id: TG-IMAGE-002
#   severity: critical
#   dimension: security
#   kinds: [image]
#   frameworks: {nist-800-53: ["IA-5(7)"]}
#   remediation: |
#     Revoke the credentials, keep the files out of the build context (.dockerignore) and pass
#     them to the build as BuildKit secrets, which never reach a layer:
#       RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
#       RUN --mount=type=secret,id=aws,target=/root/.aws/credentials aws s3 cp s3://acme-artifacts/app.tgz /tmp/
#     At runtime use the platform's workload identity (IAM roles, workload identity federation).
package tollgate.image.credential_files

import rego.v1

deny contains finding if {
	some i, file in items(image_files.credentials)
	is_object(file)
	is_string(file.path)
	finding := {
		"resource": "image",
		"path": ["files", "credentials", i],
		"message": sprintf("Image %s contains the %scredential file %s.", [image_name, kind(file), file.path]),
	}
}

kind(file) := sprintf("%s ", [file.kind]) if {
	is_string(file.kind)
	file.kind != ""
}

kind(file) := "" if not is_string(file.kind)

kind(file) := "" if file.kind == ""

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
