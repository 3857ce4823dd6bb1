# METADATA
# title: Containers do not run as root
# description: An image whose final stage sets no USER, or sets USER root, starts its processes as root, so a compromised process owns the whole container and is one kernel bug away from the host. USER set in an earlier stage that the final stage is built FROM counts, and so do distroless `nonroot` tags.
# custom:
#   id: TG-CONTAINER-002
#   severity: high
#   dimension: security
#   kinds: [dockerfile]
#   frameworks: {cis-docker: ["4.1"], nist-800-53: ["AC-6"]}
#   remediation: |
#     Create an unprivileged user and switch to it at the end of the final stage:
#       FROM debian:12.5-slim
#       RUN groupadd --system app && useradd --system --gid app --no-create-home app
#       COPY --from=builder --chown=app:app /out/server /usr/local/bin/server
#       USER app
#       ENTRYPOINT ["/usr/local/bin/server"]
package tollgate.dockerfile.container_root_user

import rego.v1

deny contains finding if {
	some s in final_stages
	not effective_user(s)
	not nonroot_base(s)
	finding := {
		"resource": s.address,
		"path": ["base"],
		"message": sprintf("Final stage %s sets no USER, so the container runs as root.", [s.address]),
	}
}

deny contains finding if {
	some s in final_stages
	root_user(effective_user(s))
	finding := {
		"resource": s.address,
		"path": user_path(s),
		"message": sprintf("Final stage %s runs as %s.", [s.address, trim_space(effective_user(s))]),
	}
}

final_stages contains s if {
	some s in stages
	s.final == true
}

stages contains s if {
	some s in items(input.stages)
	is_object(s)
}

# effective_user(s): the USER in force in stage s, following FROM <earlier stage> up to three levels.
effective_user(s) := users[0] if {
	users := [u | some x in lineage(s); u := x.user; is_string(u); trim_space(u) != ""]
	count(users) > 0
}

# root_user(u): USER root, 0, root:<group> or 0:<group>.
root_user(u) if {
	name := trim_space(split(trim_space(u), ":")[0])
	name in {"root", "0"}
}

# The path of the stage's own last USER instruction, or its FROM line when USER comes from an earlier stage.
user_path(s) := ["instructions", i] if {
	is_string(s.user)
	trim_space(s.user) != ""
	idx := [j | some j, ins in items(s.instructions); is_object(ins); is_string(ins.instruction); upper(ins.instruction) == "USER"]
	count(idx) > 0
	i := idx[count(idx) - 1]
}

user_path(s) := ["base"] if {
	not own_user_instruction(s)
}

own_user_instruction(s) if {
	is_string(s.user)
	trim_space(s.user) != ""
	some ins in items(s.instructions)
	is_object(ins)
	is_string(ins.instruction)
	upper(ins.instruction) == "USER"
}

# Distroless `nonroot` images (tags `nonroot`, `debug-nonroot`, `latest-nonroot`) run as uid 65532.
nonroot_base(s) if {
	some x in lineage(s)
	is_object(x.base)
	is_string(x.base.tag)
	regex.match(`(^|-)nonroot$`, x.base.tag)
}

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
