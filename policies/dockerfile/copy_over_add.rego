# METADATA
# title: COPY is used for local files
# description: "ADD does more than copy: it unpacks local tar archives and downloads URLs, so using it for plain files hides what an instruction does and turns a renamed file (app.tar instead of app.bin) into a silent extraction. Use COPY for local files and keep ADD for archives meant to be unpacked. ADD of URLs and Git repositories (TG-DOCKER-001), of tar archives, of heredocs and of paths made of variables is not reported."
# custom:
#   id: TG-DOCKER-010
#   severity: low
#   dimension: security
#   kinds: [dockerfile]
#   frameworks: {cis-docker: ["4.9"]}
#   remediation: |
#     Copy local files with COPY:
#       COPY --chown=app:app requirements.txt /app/
#       COPY --chown=app:app src/ /app/src/
#     and keep ADD for local archives that should be extracted:
#       ADD rootfs.tar.xz /
package tollgate.dockerfile.copy_over_add

import rego.v1

deny contains finding if {
	some s in items(input.stages)
	is_object(s)
	is_string(s.address)
	some i, ins in items(s.instructions)
	is_object(ins)
	is_string(ins.instruction)
	upper(ins.instruction) == "ADD"
	files := [src | some src in items(ins.sources); local_file(src)]
	count(files) > 0
	finding := {
		"resource": s.address,
		"path": ["instructions", i],
		"message": sprintf("Stage %s uses ADD for the local file(s) %s; use COPY.", [s.address, concat(", ", files)]),
	}
}

local_file(src) if {
	is_string(src)
	trim_space(src) != ""
	not remote(src)
	not archive(src)
	not contains(src, "$")
	not startswith(src, "<<")
}

remote(src) if regex.match(`(?i)^[a-z][a-z0-9+.-]*://`, src)

remote(src) if startswith(src, "git@")

# archive(src): a tar archive, plain or compressed with gzip, bzip2 or xz, that ADD extracts.
archive(src) if regex.match(`(?i)\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz)$`, src)

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
