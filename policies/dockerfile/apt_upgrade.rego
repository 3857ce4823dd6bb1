# METADATA
# title: Images do not run a distribution upgrade
# description: "Upgrading every package of the base image in a RUN (apt-get upgrade or dist-upgrade, apk upgrade, yum/dnf update, zypper update) makes the image depend on the day it was built, hides which base image it really runs, and can pull in changes that need a running init system. Rebuild on a newer base image instead, and upgrade named packages only when a fix is not in it yet. Upgrading named packages (apk upgrade openssl, yum update openssl, apt-get install --only-upgrade openssl) is not reported."
# custom:
#   id: TG-DOCKER-009
#   severity: low
#   dimension: deployment
#   kinds: [dockerfile]
#   frameworks: {nist-800-53: ["CM-2"]}
#   remediation: |
#     Pin a recent base image and install (or upgrade) only the packages needed:
#       FROM debian:12.5-slim
#       RUN apt-get update \
#        && apt-get install -y --no-install-recommends ca-certificates=20230311 \
#        && apt-get install -y --only-upgrade openssl \
#        && rm -rf /var/lib/apt/lists/*
package tollgate.dockerfile.apt_upgrade

import rego.v1

deny contains finding if {
	some s in items(input.stages)
	is_object(s)
	is_string(s.address)
	some i, ins in items(s.instructions)
	is_object(ins)
	is_string(ins.instruction)
	upper(ins.instruction) == "RUN"
	some c in items(ins.commands)
	cmd := command(c)
	upgrade := full_upgrade(cmd.name, cmd.args)
	finding := {
		"resource": s.address,
		"path": ["instructions", i],
		"message": sprintf("Stage %s upgrades every installed package (%s %s).", [s.address, cmd.name, upgrade]),
	}
}

# command(c): the command name (without its directory) and arguments; `sudo x …` is x.
command(c) := {"name": basename(c.name), "args": strings(c.args)} if {
	is_object(c)
	is_string(c.name)
	basename(c.name) != "sudo"
}

command(c) := {"name": basename(rest[0]), "args": array.slice(rest, 1, count(rest))} if {
	is_object(c)
	is_string(c.name)
	basename(c.name) == "sudo"
	args := strings(c.args)
	first := [j | some j, a in args; not startswith(a, "-")]
	count(first) > 0
	rest := array.slice(args, first[0], count(args))
}

# full_upgrade(name, args) is the subcommand when the command upgrades every package.
full_upgrade(name, args) := sub if {
	name in {"apt-get", "apt", "aptitude"}
	[sub, _] := split_command(args, {"-o", "-c", "-t", "--option", "--config-file", "--target-release"})
	sub in {"upgrade", "dist-upgrade", "full-upgrade", "safe-upgrade"}
}

full_upgrade(name, args) := sub if {
	name == "apk"
	[sub, packages] := split_command(args, {"-X", "--repository", "-p", "--root", "--arch", "--keys-dir", "--repositories-file", "--cache-dir"})
	sub == "upgrade"
	count(packages) == 0
}

full_upgrade(name, args) := sub if {
	name in {"yum", "dnf", "microdnf", "tdnf", "dnf5"}
	[sub, packages] := split_command(args, {"-c", "--config", "-x", "--exclude", "--enablerepo", "--disablerepo", "--releasever", "--installroot", "-R", "--randomwait", "-d", "--debuglevel", "-e", "--errorlevel", "--setopt", "--repo", "--repoid"})
	sub in {"update", "upgrade", "distro-sync", "update-minimal", "upgrade-minimal", "dist-upgrade"}
	count(packages) == 0
}

full_upgrade(name, args) := sub if {
	name == "zypper"
	[sub, packages] := split_command(args, {"-c", "--config", "-r", "--repo", "--root", "-R", "-D", "--reposd-dir", "-C", "--cache-dir"})
	sub in {"update", "up", "dist-upgrade", "dup"}
	count(packages) == 0
}

# split_command(args, valued) is [subcommand, operands after it], skipping options and the
# values of the options in `valued`.
split_command(args, valued) := [operands[0], array.slice(operands, 1, count(operands))] if {
	operands := [a |
		some j, a in args
		not startswith(a, "-")
		not option_value(args, j, valued)
	]
	count(operands) > 0
}

option_value(args, j, valued) if {
	j > 0
	args[j - 1] in valued
}

strings(x) := [a | some a in x; is_string(a)] if is_array(x)

strings(x) := [] if not is_array(x)

basename(name) := regex.replace(name, `^.*/`, "")

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
