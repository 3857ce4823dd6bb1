# METADATA
# title: Images are pinned to a version or digest
# description: A GitLab CI job image without a tag, or tagged latest, changes whenever the tag moves, so the same commit can build, test or deploy with different tools from one run to the next and a failing pipeline cannot be reproduced. Images made of CI variables ($CI_REGISTRY_IMAGE:$CI_COMMIT_SHA) are not checked; a job without its own image is judged by the default image it inherits.
# custom:
#   id: TG-CONTAINER-004
#   severity: medium
#   dimension: deployment
#   kinds: [pipeline]
#   frameworks: {nist-800-53: ["CM-2", "SI-7"]}
#   remediation: |
#     Pin the job image to a version, ideally with its digest as well:
#       test:
#         image: golang:1.22.5-bookworm@sha256:<digest>
#         script:
#           - go test ./...
package tollgate.pipeline.gitlab_image_pinned

import rego.v1

deny contains finding if {
	some [name, image] in images
	not has_digest(image)
	not tag(image)
	finding := {
		"resource": sprintf("jobs.%s", [name]),
		"path": image_path(name),
		"message": sprintf("Job jobs.%s runs in image %s%s, which has no version tag or digest.", [name, image, inherited(name)]),
	}
}

deny contains finding if {
	some [name, image] in images
	not has_digest(image)
	lower(tag(image)) == "latest"
	finding := {
		"resource": sprintf("jobs.%s", [name]),
		"path": image_path(name),
		"message": sprintf("Job jobs.%s runs in image %s%s, whose latest tag moves.", [name, image, inherited(name)]),
	}
}

images contains [name, image] if {
	input.platform == "gitlab"
	is_object(input.gitlab)
	is_object(input.gitlab.jobs)
	some name, job in input.gitlab.jobs
	is_object(job)
	is_string(job.image)
	image := trim_space(job.image)
	image != ""
	not contains(image, "$")
}

has_digest(image) if contains(image, "@")

# tag(image) is the tag of the last path segment; a registry port (host:5000/app) is not a tag.
tag(image) := t if {
	segments := split(image, "/")
	last := segments[count(segments) - 1]
	contains(last, ":")
	parts := split(last, ":")
	t := parts[count(parts) - 1]
	t != ""
}

image_path(name) := ["image", "name"] if is_object(job_attributes(name).image)

image_path(name) := ["image"] if is_string(job_attributes(name).image)

image_path(name) := [] if not has_own_image(name)

has_own_image(name) if is_object(job_attributes(name).image)

has_own_image(name) if is_string(job_attributes(name).image)

inherited(name) := "" if has_own_image(name)

inherited(name) := " (the pipeline's default image)" if not has_own_image(name)

job_attributes(name) := attributes if {
	some r in items(input.resources)
	is_object(r)
	r.address == sprintf("jobs.%s", [name])
	is_object(r.attributes)
	attributes := r.attributes
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
