# METADATA
# title: Images keep no setuid binaries outside the allow-list
# description: A setuid or setgid file runs with its owner's or group's privileges whoever starts it, so each one is a way for a compromised process to become root (or read /etc/shadow) through a single bug. Files on the organization data key setuid_allowlist (the usual passwd, su, mount… of a base distribution) are accepted; an empty list accepts none.
# custom:
#   id: TG-IMAGE-003
#   severity: medium
#   dimension: security
#   kinds: [image]
#   frameworks: {cis-docker: ["4.8"], nist-800-53: ["AC-6"]}
#   remediation: |
#     Remove the setuid and setgid bits in the final stage (the application does not need them)
#     and rebuild:
#       RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} + || true
#     or add a binary that must keep its bit to setuid_allowlist in the organization data.
package tollgate.image.setuid_binaries

import rego.v1

deny contains finding if {
	some i, file in items(image_files.setuid)
	is_object(file)
	is_string(file.path)
	not allowed(file.path)
	finding := {
		"resource": "image",
		"path": ["files", "setuid", i],
		"message": sprintf("Image %s contains the %s file %s%s.", [image_name, bits(file), file.path, mode(file)]),
	}
}

allowed(path) if absolute(path) in allowlist

allowlist := {absolute(trim_space(e)) | some e in items(data.tollgate.organization.setuid_allowlist); is_string(e); trim_space(e) != ""}

absolute(p) := p if startswith(p, "/")

absolute(p) := concat("", ["/", p]) if not startswith(p, "/")

# bits(file): setuid, setgid, or both, from the mode (the setgid flag when the mode is absent).
bits(file) := "setuid and setgid" if {
	setuid_bit(file)
	setgid_bit(file)
}

bits(file) := "setuid" if {
	setuid_bit(file)
	not setgid_bit(file)
}

bits(file) := "setgid" if {
	not setuid_bit(file)
	setgid_bit(file)
}

bits(file) := "setuid" if {
	not setuid_bit(file)
	not setgid_bit(file)
}

setuid_bit(file) if special_digit(file) in {"4", "5", "6", "7"}

setgid_bit(file) if special_digit(file) in {"2", "3", "6", "7"}

setgid_bit(file) if {
	not special_digit(file)
	file.setgid == true
}

# special_digit(file): the setuid/setgid/sticky digit of a four-digit octal mode.
special_digit(file) := substring(file.mode, count(file.mode) - 4, 1) if {
	is_string(file.mode)
	regex.match(`^[0-7]{4,}$`, file.mode)
}

mode(file) := sprintf(" (mode %s)", [file.mode]) if is_string(file.mode)

mode(file) := "" if not is_string(file.mode)

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
