# METADATA
# title: Images contain no world-writable files
# description: A file or directory that every user may write (mode o+w) lets any process in the container, whatever its user, replace programs, configuration or data the application trusts. Directories with the sticky bit (/tmp) are not reported.
# custom:
#   id: TG-IMAGE-008
#   severity: medium
#   dimension: security
#   kinds: [image]
#   frameworks: {}
#   remediation: |
#     Give the files to the user that needs them instead of opening them to everyone, and rebuild:
#       COPY --chown=app:app data/ /srv/data/
#       RUN chmod -R o-w /srv/data
#     A scratch directory shared by several users gets the sticky bit: chmod 1777 /srv/spool.
package tollgate.image.world_writable

import rego.v1

deny contains finding if {
	some i, file in items(image_files.world_writable)
	is_object(file)
	is_string(file.path)
	finding := {
		"resource": "image",
		"path": ["files", "world_writable", i],
		"message": sprintf("Image %s contains the world-writable %s %s%s.", [image_name, kind(file), file.path, mode(file)]),
	}
}

kind(file) := "directory" if file.type in {"dir", "directory"}

kind(file) := "file" if not file.type in {"dir", "directory"}

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
