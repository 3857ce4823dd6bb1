# METADATA
# title: Files are not made world-writable
# description: chmod 777, 666, o+w or a+w lets any user in the container, including a compromised unprivileged process, rewrite the files and programs the application trusts. Modes with the sticky bit (1777, as for /tmp) are not reported.
# custom:
#   id: TG-DOCKER-005
#   severity: medium
#   dimension: security
#   kinds: [dockerfile]
#   frameworks: {nist-800-53: ["AC-3", "AC-6"]}
#   remediation: |
#     Give ownership to the user that needs to write, and keep others read-only:
#       COPY --chown=app:app ./data /srv/data
#       RUN chmod -R u=rwX,go=rX /srv/data
package tollgate.dockerfile.chmod_world_writable

import rego.v1

deny contains finding if {
	some [s, i, ins] in runs
	some c in commands(ins)
	c.name == "chmod"
	mode := mode_operand(c.args)
	world_writable(mode)
	finding := {
		"resource": s.address,
		"path": ["instructions", i],
		"message": sprintf("Stage %s makes files world-writable with chmod %s.", [s.address, mode]),
	}
}

# mode_operand(args): the first operand of chmod after its options (-R, -v, --recursive…).
mode_operand(args) := operands[0] if {
	operands := [a | some a in args; not chmod_option(a)]
	count(operands) > 0
}

chmod_option(a) if {
	startswith(a, "-")
	not regex.match(`^-[ugoarwxXst,+=-]*[rwxXst]`, a)
}

chmod_option(a) if startswith(a, "--")

# Octal modes: the last digit is "others"; 2, 3, 6 and 7 include write. A leading 1/3/5/7 in a four-digit mode is the sticky bit.
world_writable(mode) if {
	regex.match(`^0*[0-7]?[0-7]{3}$`, mode)
	others := substring(mode, count(mode) - 1, 1)
	others in {"2", "3", "6", "7"}
	not sticky(mode)
}

# Symbolic modes: a clause for o or a that adds or sets w.
world_writable(mode) if {
	not regex.match(`^[0-7]+$`, mode)
	some clause in split(mode, ",")
	regex.match(`^[ugoa]*[oa][ugoa]*([+=][rwxXst]*)*[+=][rwxXst]*w`, clause)
}

sticky(mode) if {
	digits := trim_left(mode, "0")
	count(digits) == 4
	substring(digits, 0, 1) in {"1", "3", "5", "7"}
}

sticky(mode) if {
	count(mode) == 5
	substring(mode, 1, 1) in {"1", "3", "5", "7"}
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
