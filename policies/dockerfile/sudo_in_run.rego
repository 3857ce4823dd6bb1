# METADATA
# title: RUN does not use sudo
# description: Build steps already run as the current USER; sudo in a RUN means the image ships sudo and a sudoers configuration, which gives any process in the container an easy way back to root, and its TTY and signal handling make builds unpredictable.
# custom:
#   id: TG-DOCKER-004
#   severity: medium
#   dimension: security
#   kinds: [dockerfile]
#   frameworks: {nist-800-53: ["AC-6"]}
#   remediation: |
#     Run privileged steps as root before switching to the unprivileged user, without sudo:
#       USER root
#       RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \
#        && rm -rf /var/lib/apt/lists/*
#       USER app
package tollgate.dockerfile.sudo_in_run

import rego.v1

deny contains finding if {
	some [s, i, ins] in runs
	some c in commands(ins)
	c.name == "sudo"
	finding := {
		"resource": s.address,
		"path": ["instructions", i],
		"message": sprintf("Stage %s uses sudo in a RUN instruction.", [s.address]),
	}
}

# runs contains [stage, index, instruction] for every RUN instruction.
runs contains [s, i, ins] if {
	some s in items(input.stages)
	is_object(s)
	some i, ins in items(s.instructions)
	is_object(ins)
	is_string(ins.instruction)
	upper(ins.instruction) == "RUN"
}

# commands(ins): the simple commands of a RUN as {"name", "args"}, plus the command that a
# `sudo` or `env` prefix runs (`sudo apt-get install x` also gives apt-get with [install, x]).
commands(ins) := array.concat(direct, wrapped) if {
	direct := [c | some raw in items(ins.commands); c := command(raw)]
	wrapped := [w | some c in direct; w := unwrap(c)]
}

command(raw) := {"name": basename(raw.name), "args": [unquote(a) | some a in items(raw.args); is_string(a)]} if {
	is_object(raw)
	is_string(raw.name)
}

unwrap(c) := {"name": basename(c.args[k]), "args": array.slice(c.args, k + 1, count(c.args))} if {
	c.name in {"sudo", "env", "doas"}
	operands := [j | some j, a in c.args; not startswith(a, "-"); not contains(a, "="); not option_value(c.args, j)]
	count(operands) > 0
	k := operands[0]
}

option_value(args, j) if {
	j > 0
	args[j - 1] in {"-u", "-g", "-U", "-C", "-h", "-p", "-r", "-t", "-D", "-S", "--user", "--group", "--chdir"}
}

basename(name) := regex.replace(name, `^.*/`, "")

unquote(a) := trim(a, "\"'")

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
