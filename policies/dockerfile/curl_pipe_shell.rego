# METADATA
# title: Downloaded scripts are not piped into a shell
# description: Piping a download into a shell (`curl … | sh`) runs whatever the server returns at build time, unverified; a compromised host, a DNS hijack or a truncated download becomes code executed in the image. Running a downloaded script through `sh -c "$(curl …)"` or `bash <(curl …)` is reported too.
# custom:
#   id: TG-DOCKER-002
#   severity: high
#   dimension: security
#   kinds: [dockerfile]
#   frameworks: {nist-800-53: ["SI-7", "SR-11"]}
#   remediation: |
#     Download to a file, verify it against a pinned checksum, then run it:
#       ARG INSTALLER_SHA256=0d2c1d2e5a...
#       RUN curl -fsSLo /tmp/install.sh https://example.com/install-2.3.1.sh \
#        && echo "${INSTALLER_SHA256}  /tmp/install.sh" | sha256sum -c - \
#        && sh /tmp/install.sh && rm /tmp/install.sh
#     or better, install a pinned package from the distribution's repository.
package tollgate.dockerfile.curl_pipe_shell

import rego.v1

downloaders := {"curl", "wget"}

interpreters := {"sh", "bash", "zsh", "ash", "dash", "ksh", "python", "python2", "python3", "perl", "sudo"}

deny contains finding if {
	some [s, i, ins] in runs
	some p in items(ins.pipelines)
	names := [basename(n) | some n in items(p); is_string(n)]
	some a, fetch in names
	fetch in downloaders
	some b, shell in names
	b > a
	shell in interpreters
	finding := {
		"resource": s.address,
		"path": ["instructions", i],
		"message": sprintf("Stage %s pipes %s into %s in a RUN instruction.", [s.address, fetch, shell]),
	}
}

deny contains finding if {
	some [s, i, ins] in runs
	some c in items(ins.commands)
	is_object(c)
	is_string(c.name)
	shell := basename(c.name)
	shell in interpreters
	some arg in items(c.args)
	is_string(arg)
	regex.match("(\\$\\(|`|<\\()\\s*(curl|wget)\\b", arg)
	finding := {
		"resource": s.address,
		"path": ["instructions", i],
		"message": sprintf("Stage %s runs the output of a download with %s in a RUN instruction.", [s.address, shell]),
	}
}

# A script passed as a string (`RUN ["sh", "-c", "curl … | sh"]`, `bash -c '…'`) is not split into commands.
deny contains finding if {
	some [s, i, ins] in runs
	some c in items(ins.commands)
	is_object(c)
	is_string(c.name)
	shell := basename(c.name)
	shell in interpreters
	some arg in items(c.args)
	is_string(arg)
	regex.match(`\b(curl|wget)\b[^|;&]*\|\s*(sudo\s+(-\S+\s+)*)?(\S*/)?(sh|bash|zsh|ash|dash|ksh|python[23]?|perl)\b`, arg)
	finding := {
		"resource": s.address,
		"path": ["instructions", i],
		"message": sprintf("Stage %s pipes a download into a shell in a script run by %s.", [s.address, shell]),
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

basename(name) := regex.replace(name, `^.*/`, "")

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
