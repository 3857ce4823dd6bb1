# METADATA
# title: Images are rebuilt regularly
# description: An image built more than 180 days ago still carries the packages of its base image and dependencies as they were then, missing every security fix published since. Rebuilding on a schedule picks them up. Images without a creation date, or with a date before 2000 (reproducible builds set 1970-01-01), are not reported.
# custom:
#   id: TG-IMAGE-011
#   severity: low
#   dimension: security
#   kinds: [image]
#   frameworks: {cis-docker: ["4.4"], nist-800-53: ["SI-2"]}
#   remediation: |
#     Rebuild and redeploy on a schedule even when the code does not change, e.g. weekly from CI:
#       on:
#         schedule:
#           - cron: "0 4 * * 1"
#     with the base image pulled fresh (docker build --pull) and Renovate or Dependabot bumping
#     pinned digests.
package tollgate.image.stale_image

import rego.v1

max_age_days := 180

deny contains finding if {
	created := input.image.config.created
	is_string(created)
	regex.match(`^[0-9]{4}-[0-9]{2}-[0-9]{2}T`, created)
	day := substring(created, 0, 10)
	day >= "2000-01-01"
	day < cutoff
	finding := {
		"resource": "image",
		"path": ["config", "created"],
		"message": sprintf("Image %s was built on %s, more than %v days ago.", [image_name, day, max_age_days]),
	}
}

# cutoff: the UTC day max_age_days before today, as YYYY-MM-DD (days compare as strings, so an
# impossible date in the image never stops evaluation).
cutoff := sprintf("%04d-%02d-%02d", time.date(time.add_date(time.now_ns(), 0, 0, 0 - max_age_days)))

image_name := input.image.reference if is_string(input.image.reference)

image_name := input.path if {
	not is_string(input.image.reference)
	is_string(input.path)
}

image_name := "(unnamed)" if {
	not is_string(input.image.reference)
	not is_string(input.path)
}
