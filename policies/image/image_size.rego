# METADATA
# title: Images stay under the size limit
# description: A large image is slow to pull on every new node and every scale-out, which lengthens recoveries and deployments, and usually carries build tools and files the service never uses. The limit is the organization data key max_image_size_mb (uncompressed size of all layers); a limit of 0 or less turns the rule off.
# custom:
#   id: TG-IMAGE-006
#   severity: low
#   dimension: reliability
#   kinds: [image]
#   frameworks: {}
#   remediation: |
#     Build in one stage and copy only the result into a slim runtime image:
#       FROM golang:1.23 AS build
#       RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server
#       FROM gcr.io/distroless/static-debian12:nonroot
#       COPY --from=build /out/server /server
#       ENTRYPOINT ["/server"]
#     or raise max_image_size_mb in the organization data if the size is justified.
package tollgate.image.image_size

import rego.v1

deny contains finding if {
	size := input.image.size
	is_number(size)
	limit := limit_mb
	size > (limit * 1024) * 1024
	finding := {
		"resource": "image",
		"path": ["size"],
		"message": sprintf("Image %s is %v MB, over the limit of %v MB.", [image_name, round(size / 1048576), limit]),
	}
}

limit_mb := data.tollgate.organization.max_image_size_mb if {
	is_number(data.tollgate.organization.max_image_size_mb)
	data.tollgate.organization.max_image_size_mb > 0
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
