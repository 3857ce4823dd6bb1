# METADATA
# title: Images have a modest number of layers
# description: An image with more than 50 layers is slow to pull and unpack (layers download in parallel but are applied one by one) and moves towards the storage driver's maximum depth, past which builds on top of it fail with max depth exceeded. It usually means many RUN, COPY and ADD steps that can be merged or moved to a build stage.
# custom:
#   id: TG-IMAGE-012
#   severity: info
#   dimension: reliability
#   kinds: [image]
#   frameworks: {}
#   remediation: |
#     Merge related steps and copy the build output from a build stage in one layer:
#       RUN apt-get update \
#        && apt-get install -y --no-install-recommends ca-certificates tzdata \
#        && rm -rf /var/lib/apt/lists/*
#       COPY --from=build /out/ /app/
package tollgate.image.layer_count

import rego.v1

max_layers := 50

deny contains finding if {
	layers := input.image.layer_count
	is_number(layers)
	layers > max_layers
	finding := {
		"resource": "image",
		"path": ["layer_count"],
		"message": sprintf("Image %s has %v layers, more than %v.", [image_name, layers, max_layers]),
	}
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
