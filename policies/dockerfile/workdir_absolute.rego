# METADATA
# title: WORKDIR paths are absolute
# description: A relative WORKDIR is resolved against the previous WORKDIR, which may be set in a base image you do not control, so the files of later instructions land somewhere different when the base image changes. Paths starting with a variable ($HOME/app, ${APP_DIR}) and Windows drive paths are not reported.
# custom:
#   id: TG-DOCKER-011
#   severity: low
#   dimension: automation
#   kinds: [dockerfile]
#   frameworks: {}
#   remediation: |
#     Give WORKDIR an absolute path:
#       WORKDIR /app
package tollgate.dockerfile.workdir_absolute

import rego.v1

deny contains finding if {
	some s in items(input.stages)
	is_object(s)
	is_string(s.address)
	some i, ins in items(s.instructions)
	is_object(ins)
	is_string(ins.instruction)
	upper(ins.instruction) == "WORKDIR"
	is_string(ins.arguments)
	path := unquoted(trim_space(ins.arguments))
	path != ""
	not absolute(path)
	finding := {
		"resource": s.address,
		"path": ["instructions", i],
		"message": sprintf("Stage %s sets the relative WORKDIR %s.", [s.address, path]),
	}
}

absolute(path) if startswith(path, "/")

absolute(path) if startswith(path, "$")

absolute(path) if regex.match(`^([A-Za-z]:[\\/]|\\\\)`, path)

unquoted(x) := substring(x, 1, count(x) - 2) if {
	count(x) >= 2
	some q in ["\"", "'"]
	startswith(x, q)
	endswith(x, q)
}

unquoted(x) := x if not quoted(x)

quoted(x) if {
	count(x) >= 2
	some q in ["\"", "'"]
	startswith(x, q)
	endswith(x, q)
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
