# METADATA
# title: Containers declare a health check
# description: Without a HEALTHCHECK (or with HEALTHCHECK NONE) a container whose process hangs is still reported healthy, so it keeps receiving traffic and is never restarted. A HEALTHCHECK set in an earlier stage that the final stage is built FROM counts.
# custom:
#   id: TG-CONTAINER-005
#   severity: medium
#   dimension: reliability
#   kinds: [dockerfile]
#   frameworks: {cis-docker: ["4.6"]}
#   remediation: |
#     Declare how to probe the service in the final stage:
#       HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD ["/usr/local/bin/server", "healthcheck"]
#     or, with a shell and curl in the image:
#       HEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost:8080/healthz || exit 1
package tollgate.dockerfile.container_healthcheck

import rego.v1

deny contains finding if {
	some s in final_stages
	not healthcheck(s)
	finding := {
		"resource": s.address,
		"path": ["base"],
		"message": sprintf("Final stage %s declares no HEALTHCHECK.", [s.address]),
	}
}

deny contains finding if {
	some s in final_stages
	disabled(healthcheck(s))
	finding := {
		"resource": s.address,
		"path": healthcheck_path(s),
		"message": sprintf("Final stage %s disables its health check with HEALTHCHECK NONE.", [s.address]),
	}
}

final_stages contains s if {
	some s in items(input.stages)
	is_object(s)
	s.final == true
}

# healthcheck(s): the HEALTHCHECK in force in stage s, following FROM <earlier stage> up to three levels.
healthcheck(s) := checks[0] if {
	checks := [h | some x in lineage(s); h := x.healthcheck; h != null]
	count(checks) > 0
}

disabled(h) if {
	is_object(h)
	h.none == true
}

disabled(h) if {
	is_object(h)
	is_string(h.arguments)
	upper(trim_space(h.arguments)) == "NONE"
}

healthcheck_path(s) := ["instructions", s.healthcheck.index] if {
	is_object(s.healthcheck)
	is_number(s.healthcheck.index)
}

healthcheck_path(s) := ["base"] if {
	not is_number(object.get(object_or_empty(s.healthcheck), "index", null))
}

object_or_empty(x) := x if is_object(x)

object_or_empty(x) := {} if not is_object(x)

# lineage(s): s, then the stages it is built FROM, nearest first.
lineage(s) := array.concat(
	array.concat([s], [p | p := parent(s)]),
	array.concat([g | g := parent(parent(s))], [h | h := parent(parent(parent(s)))]),
)

parent(s) := candidates[count(candidates) - 1] if {
	is_object(s.base)
	s.base.stage == true
	is_number(s.index)
	candidates := [p | some p in input.stages; is_object(p); is_number(p.index); p.index < s.index; names_stage(s.base, p)]
	count(candidates) > 0
}

names_stage(base, p) if {
	is_string(base.image)
	is_string(p.name)
	lower(base.image) == lower(p.name)
}

names_stage(base, p) if {
	is_string(base.image)
	base.image == sprintf("%v", [p.index])
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
