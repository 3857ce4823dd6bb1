# METADATA
# title: Package manager caches are removed in the same layer
# description: Package indexes and downloaded packages left behind by apt-get, apk or yum/dnf stay in the layer that created them, even if a later RUN deletes them, making every image larger for nothing. The cleanup has to happen in the same RUN, or the cache has to live in a BuildKit cache mount.
# custom:
#   id: TG-DOCKER-007
#   severity: low
#   dimension: reliability
#   kinds: [dockerfile]
#   frameworks: {cis-docker: ["4.7"]}
#   remediation: |
#     Clean up in the same RUN as the install:
#       RUN apt-get update \
#        && apt-get install -y --no-install-recommends ca-certificates \
#        && rm -rf /var/lib/apt/lists/*
#       RUN apk add --no-cache ca-certificates
#       RUN dnf install -y ca-certificates && dnf clean all
package tollgate.dockerfile.package_cache

import rego.v1

deny contains finding if {
	some [s, i, ins] in runs
	cmds := commands(ins)
	some c in cmds
	c.name in {"apt-get", "apt"}
	"install" in c.args
	not removes(cmds, "/var/lib/apt/lists")
	not cache_mount(ins, "/var/lib/apt")
	finding := {
		"resource": s.address,
		"path": ["instructions", i],
		"message": sprintf("Stage %s runs %s install without removing /var/lib/apt/lists in the same RUN.", [s.address, c.name]),
	}
}

deny contains finding if {
	some [s, i, ins] in runs
	cmds := commands(ins)
	some c in cmds
	c.name == "apk"
	"add" in c.args
	not "--no-cache" in c.args
	not removes(cmds, "/var/cache/apk")
	not cache_mount(ins, "/var/cache/apk")
	not cache_mount(ins, "/etc/apk/cache")
	finding := {
		"resource": s.address,
		"path": ["instructions", i],
		"message": sprintf("Stage %s runs apk add without --no-cache.", [s.address]),
	}
}

deny contains finding if {
	some [s, i, ins] in runs
	cmds := commands(ins)
	some c in cmds
	c.name in rpm_managers
	"install" in c.args
	not rpm_cleaned(cmds)
	not cache_mount(ins, "/var/cache/yum")
	not cache_mount(ins, "/var/cache/dnf")
	finding := {
		"resource": s.address,
		"path": ["instructions", i],
		"message": sprintf("Stage %s runs %s install without %s clean all in the same RUN.", [s.address, c.name, c.name]),
	}
}

rpm_managers := {"yum", "dnf", "microdnf", "tdnf"}

rpm_cleaned(cmds) if {
	some c in cmds
	c.name in rpm_managers
	"clean" in c.args
	"all" in c.args
}

rpm_cleaned(cmds) if removes(cmds, "/var/cache/yum")

rpm_cleaned(cmds) if removes(cmds, "/var/cache/dnf")

# removes(cmds, dir): an rm in the RUN deletes dir or its contents.
removes(cmds, dir) if {
	some c in cmds
	c.name == "rm"
	some a in c.args
	startswith(a, dir)
}

# cache_mount(ins, dir): the RUN keeps dir in a BuildKit cache mount (`--mount=type=cache,target=dir`).
cache_mount(ins, dir) if {
	some text in mount_texts(ins)
	some m in regex.find_n(`--mount=\S+`, text, -1)
	contains(m, "type=cache")
	regex.match(sprintf(`(target|dst|destination)=%s(/|,|$)`, [dir]), m)
}

cache_mount(ins, dir) if {
	is_object(ins.flags)
	some text in mount_texts(ins)
	contains(text, "type=cache")
	regex.match(sprintf(`(target|dst|destination)=%s(/|,|"|$)`, [dir]), text)
}

mount_texts(ins) := [t | some t in [object.get(ins, "arguments", ""), flags_text(ins)]; is_string(t)]

flags_text(ins) := json.marshal(ins.flags) if is_object(ins.flags)

flags_text(ins) := "" if not is_object(ins.flags)

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
