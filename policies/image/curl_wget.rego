# METADATA
# title: Runtime images do not ship download tools
# description: curl and wget in a runtime image are the first thing an attacker with code execution uses to fetch tooling or exfiltrate data, and they are rarely needed once the image is built. Download in a build stage and copy only the result into the final one, or use a health check built into the application.
# custom:
#   id: TG-IMAGE-014
#   severity: info
#   dimension: security
#   kinds: [image]
#   frameworks: {cis-docker: ["4.3"], nist-800-53: ["CM-7"]}
#   remediation: |
#     Fetch files in a build stage and copy only the result into the runtime image:
#       FROM debian:13-slim AS fetch
#       RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \
#        && curl -fsSLo /tmp/tool.tgz https://example.com/tool.tgz
#       FROM gcr.io/distroless/base-debian12
#       COPY --from=fetch /tmp/tool.tgz /opt/
package tollgate.image.curl_wget

import rego.v1

deny contains finding if {
	some i, pkg in items(input.image.packages)
	is_object(pkg)
	is_string(pkg.name)
	lower(pkg.name) in names
	finding := {
		"resource": "image",
		"path": ["packages", i],
		"message": sprintf("Image %s ships the download tool %s%s.", [image_name, pkg.name, version(pkg)]),
	}
}

names := {"curl", "wget", "wget2"}

version(pkg) := sprintf(" %s", [pkg.version]) if {
	is_string(pkg.version)
	pkg.version != ""
}

version(pkg) := "" if not is_string(pkg.version)

version(pkg) := "" if pkg.version == ""

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
