# METADATA
# title: Containers set CPU and memory limits
# description: A service without a memory limit can exhaust the host's memory and get its neighbours killed by the OOM killer; one without a CPU limit can starve them. Limits set in deploy.resources.limits count, and so do the service-level mem_limit, cpus and cpu_quota. Services that extend another one inherit its limits and are not checked.
# custom:
#   id: TG-K8S-003
#   severity: medium
#   dimension: reliability
#   kinds: [compose]
#   frameworks: {aws-well-architected: ["REL05"], nist-800-53: ["SC-6"]}
#   remediation: |
#     Limit the CPU and memory of every service:
#       services:
#         app:
#           image: ghcr.io/acme/app:1.4.2
#           deploy:
#             resources:
#               limits:
#                 cpus: "0.50"
#                 memory: 256M
package tollgate.compose.compose_limits

import rego.v1

deny contains finding if {
	some r in services
	not unreadable(r)
	missing := [name | some resource, name in {"cpu": "CPU", "memory": "memory"}; not limited(r, resource)]
	count(missing) > 0
	finding := {
		"resource": r.address,
		"path": ["deploy", "resources", "limits"],
		"message": sprintf("Service %s sets no %s limit.", [label(r), concat(" or ", missing)]),
	}
}

limited(r, "cpu") if set(limits(r), "cpus")

limited(r, "cpu") if set(r.attributes, "cpus")

limited(r, "cpu") if set(r.attributes, "cpu_quota")

limited(r, "memory") if set(limits(r), "memory")

limited(r, "memory") if set(r.attributes, "mem_limit")

set(obj, key) if object.get(obj, key, null) != null

limits(r) := r.attributes.deploy.resources.limits if is_object(r.attributes.deploy.resources.limits)

limits(r) := {} if not is_object(r.attributes.deploy.resources.limits)

# unreadable(r): deploy, resources or limits is present but not a mapping (e.g. unknown).
unreadable(r) if not_mapping(object.get(r.attributes, "deploy", null))

unreadable(r) if {
	is_object(r.attributes.deploy)
	not_mapping(object.get(r.attributes.deploy, "resources", null))
}

unreadable(r) if {
	is_object(r.attributes.deploy.resources)
	not_mapping(object.get(r.attributes.deploy.resources, "limits", null))
}

unreadable(r) if is_unknown(r.attributes.deploy)

unreadable(r) if is_unknown(r.attributes.deploy.resources)

unreadable(r) if is_unknown(r.attributes.deploy.resources.limits)

not_mapping(x) if {
	x != null
	not is_object(x)
}

# services are the service resources that do not inherit from another one.
services contains r if {
	some r in items(input.resources)
	r.type == "service"
	is_object(r.attributes)
	object.get(r.attributes, "extends", null) == null
}

is_unknown(x) if {
	is_object(x)
	"__unknown__" in object.keys(x)
}

label(x) := x.name if is_string(x.name)

label(x) := x.address if not is_string(x.name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
