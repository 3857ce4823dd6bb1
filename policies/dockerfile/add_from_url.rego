# METADATA
# title: Remote files are not fetched with ADD
# description: ADD with a URL or a Git repository downloads content at build time that nothing in the Dockerfile verifies, so a compromised or changed remote silently changes the image. An HTTP source with `--checksum` is verified and not reported.
# custom:
#   id: TG-DOCKER-001
#   severity: medium
#   dimension: security
#   kinds: [dockerfile]
#   frameworks: {cis-docker: ["4.9"], nist-800-53: ["SI-7"]}
#   remediation: |
#     Download with a verified checksum in a RUN step (or give ADD a --checksum), then COPY local files:
#       ARG TOOL_SHA256=5d9f8a...
#       RUN curl -fsSLo /tmp/tool.tgz https://example.com/tool-1.4.2.tgz \
#        && echo "${TOOL_SHA256}  /tmp/tool.tgz" | sha256sum -c - \
#        && tar -xzf /tmp/tool.tgz -C /usr/local/bin && rm /tmp/tool.tgz
package tollgate.dockerfile.add_from_url

import rego.v1

deny contains finding if {
	some s in items(input.stages)
	is_object(s)
	some i, ins in items(s.instructions)
	is_object(ins)
	is_string(ins.instruction)
	upper(ins.instruction) == "ADD"
	some src in items(ins.sources)
	remote(src)
	not verified(ins, src)
	finding := {
		"resource": s.address,
		"path": ["instructions", i],
		"message": sprintf("Stage %s fetches %s with ADD.", [s.address, src]),
	}
}

remote(src) if {
	is_string(src)
	regex.match(`(?i)^(https?|git|ssh)://`, src)
}

remote(src) if {
	is_string(src)
	startswith(src, "git@")
}

# verified(ins, src): an HTTP(S) download that ADD checks against --checksum.
verified(ins, src) if {
	regex.match(`(?i)^https?://`, src)
	not regex.match(`(?i)\.git(#.*)?$`, src)
	is_object(ins.flags)
	some key in ["--checksum", "checksum"]
	is_string(ins.flags[key])
	ins.flags[key] != ""
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
