# METADATA
# title: Images run a supported operating system release
# description: An image built on a distribution release past its end of support (Debian 11, Ubuntu 20.04, Alpine 3.19…) no longer receives security fixes, so every vulnerability found from then on stays in it. The release comes from /etc/os-release and the dates from data.tollgate.os_eol (rules/os-eol.yaml); a point release (Alpine 3.18.4, RHEL 9.4) is looked up by its major.minor and major version. An unknown distribution or release is not reported.
# custom:
#   id: TG-IMAGE-005
#   severity: high
#   dimension: security
#   kinds: [image]
#   frameworks: {nist-800-53: ["SA-22"]}
#   remediation: |
#     Rebuild on a supported release of the distribution:
#       FROM debian:13-slim
#       FROM alpine:3.22
#       FROM ubuntu:24.04
package tollgate.image.os_end_of_life

import rego.v1

deny contains finding if {
	os := input.image.os
	is_object(os)
	is_string(os.id)
	is_string(os.version_id)
	eol := end_of_life(lower(trim_space(os.id)), trim_space(os.version_id))
	eol < today
	finding := {
		"resource": "image",
		"path": ["os", "version_id"],
		"message": sprintf("Image %s runs %s, whose support ended on %s.", [image_name, release_name(os), eol]),
	}
}

# end_of_life(id, version): the end-of-support date (YYYY-MM-DD) of the most specific entry that
# names the release: the version as is, then its major.minor, then its major.
end_of_life(id, version) := dates[0] if {
	releases := data.tollgate.os_eol[id]
	is_object(releases)
	dates := [d |
		some key in candidates(version)
		d := date(releases[key])
	]
	count(dates) > 0
}

candidates(version) := [version, major_minor(version), major(version)]

major_minor(version) := concat(".", array.slice(split(version, "."), 0, 2))

major(version) := split(version, ".")[0]

# date(x): the YYYY-MM-DD day of a date string; anything else is not a date.
date(x) := substring(x, 0, 10) if {
	is_string(x)
	regex.match(`^[0-9]{4}-[0-9]{2}-[0-9]{2}`, x)
}

# today: the current UTC day as YYYY-MM-DD, comparable with the dates as strings.
today := sprintf("%04d-%02d-%02d", time.date(time.now_ns()))

release_name(os) := os.pretty_name if {
	is_string(os.pretty_name)
	os.pretty_name != ""
}

release_name(os) := sprintf("%s %s", [os.id, os.version_id]) if not non_empty(os.pretty_name)

non_empty(x) if {
	is_string(x)
	x != ""
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
