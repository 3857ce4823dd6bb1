# METADATA
# title: apt-get install avoids recommended packages
# description: Without --no-install-recommends, apt pulls in every recommended package as well, which enlarges the image and its attack surface with software nobody asked for. An `-o APT::Install-Recommends=false` option, or an earlier RUN of the same stage that sets APT::Install-Recommends to 0 in apt's configuration, counts as well.
# custom:
#   id: TG-DOCKER-003
#   severity: low
#   dimension: security
#   kinds: [dockerfile]
#   frameworks: {cis-docker: ["4.3"]}
#   remediation: |
#     Install only what you name:
#       RUN apt-get update \
#        && apt-get install -y --no-install-recommends ca-certificates curl \
#        && rm -rf /var/lib/apt/lists/*
package tollgate.dockerfile.apt_no_recommends

import rego.v1

deny contains finding if {
	some [s, i, ins] in runs
	some c in commands(ins)
	c.name in {"apt-get", "apt"}
	"install" in c.args
	not "--no-install-recommends" in c.args
	not option_disables_recommends(c.args)
	not configured_earlier(s, i)
	finding := {
		"resource": s.address,
		"path": ["instructions", i],
		"message": sprintf("Stage %s runs %s install without --no-install-recommends.", [s.address, c.name]),
	}
}

option_disables_recommends(args) if {
	some a in args
	regex.match(`(?i)APT::Install-Recommends=["']?(0|false|no)\b`, a)
}

# configured_earlier(s, i): a RUN before instruction i of stage s writes APT::Install-Recommends "0" into apt's configuration.
configured_earlier(s, i) if {
	some j, ins in items(s.instructions)
	j < i
	is_object(ins)
	is_string(ins.instruction)
	upper(ins.instruction) == "RUN"
	is_string(ins.arguments)
	regex.match(`(?i)APT::Install-Recommends\s*\\?["']?\\?["']?\s*(0|false)\b`, ins.arguments)
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
