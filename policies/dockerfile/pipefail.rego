# METADATA
# title: RUN pipelines fail when any command fails
# description: "A shell pipeline returns the status of its last command, so in `RUN curl -fsSL https://x | tar -xz` a failed download still lets the build go on with a broken or empty result. Start the script with `set -o pipefail` or make it the stage's shell with `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` (inherited by stages built FROM that stage). RUN instructions in exec form and stages whose SHELL is not a POSIX shell are not checked."
# custom:
#   id: TG-DOCKER-008
#   severity: low
#   dimension: reliability
#   kinds: [dockerfile]
#   frameworks: {}
#   remediation: |
#     Make every pipeline fail when one of its commands fails:
#       SHELL ["/bin/bash", "-o", "pipefail", "-c"]
#       RUN curl -fsSL https://example.com/tool-1.4.2.tgz | tar -xz -C /usr/local/bin
#     or, with a shell that supports it, per instruction:
#       RUN set -o pipefail && curl -fsSL https://example.com/tool-1.4.2.tgz | tar -xz -C /usr/local/bin
package tollgate.dockerfile.pipefail

import rego.v1

deny contains finding if {
	some s in stages
	some i, ins in items(s.instructions)
	is_object(ins)
	is_string(ins.instruction)
	upper(ins.instruction) == "RUN"
	is_string(ins.arguments)
	not startswith(trim_space(ins.arguments), "[")
	pipes := [p | some p in items(ins.pipelines); is_array(p); count(p) >= 2]
	count(pipes) > 0
	not sets_pipefail(ins.arguments)
	shell := effective_shell(s, ins.index)
	not shell_pipefail(shell)
	posix_shell(shell)
	finding := {
		"resource": s.address,
		"path": ["instructions", i],
		"message": sprintf("Stage %s runs the pipeline %s without pipefail, so a failure before the last command is ignored.", [s.address, concat(" | ", pipes[0])]),
	}
}

# sets_pipefail(script): `set -o pipefail`, `set -euo pipefail`, `bash -o pipefail -c …`.
sets_pipefail(script) if regex.match(`(^|\s)-[a-zA-Z]*o\s+pipefail\b`, script)

# effective_shell(s, index) is the arguments of the last SHELL before instruction `index` of
# stage s, or of the stages it is built FROM; "" when the default shell applies.
effective_shell(s, index) := shells[count(shells) - 1] if {
	shells := [ins.arguments |
		some ins in items(s.instructions)
		is_object(ins)
		is_string(ins.instruction)
		upper(ins.instruction) == "SHELL"
		is_number(ins.index)
		ins.index < index
		is_string(ins.arguments)
	]
	count(shells) > 0
}

effective_shell(s, index) := inherited_shell(s) if {
	not own_shell_before(s, index)
}

own_shell_before(s, index) if {
	some ins in items(s.instructions)
	is_object(ins)
	is_string(ins.instruction)
	upper(ins.instruction) == "SHELL"
	is_number(ins.index)
	ins.index < index
}

# inherited_shell(s): the last SHELL of the stage s is built FROM (up to three levels), else "".
inherited_shell(s) := shells[0] if {
	shells := [x | some p in parents(s); x := last_shell(p)]
	count(shells) > 0
}

inherited_shell(s) := "" if {
	count([x | some p in parents(s); x := last_shell(p)]) == 0
}

last_shell(p) := shells[count(shells) - 1] if {
	shells := [ins.arguments |
		some ins in items(p.instructions)
		is_object(ins)
		is_string(ins.instruction)
		upper(ins.instruction) == "SHELL"
		is_string(ins.arguments)
	]
	count(shells) > 0
}

# parents(s): the stages s is built FROM, nearest first.
parents(s) := array.concat(
	[p | p := parent(s)],
	array.concat([g | g := parent(parent(s))], [h | h := parent(parent(parent(s)))]),
)

parent(s) := candidates[count(candidates) - 1] if {
	is_object(s.base)
	s.base.stage == true
	is_number(s.index)
	candidates := [p | some p in stages; is_number(p.index); p.index < s.index; names_stage(s.base, p)]
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

shell_pipefail(shell) if contains(shell, "pipefail")

# posix_shell(shell): the default shell, or a SHELL that is not PowerShell or cmd.
posix_shell(shell) if not regex.match(`(?i)(powershell|pwsh|cmd(\.exe)?"|cmd(\.exe)?\s*,)`, shell)

stages contains s if {
	some s in items(input.stages)
	is_object(s)
	is_string(s.address)
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
