# METADATA
# title: Compose services restart on failure
# description: "Without a restart policy Docker leaves a crashed service down, and after a reboot or a daemon restart nothing starts it again. Set restart (always, unless-stopped or on-failure) or deploy.restart_policy. restart: \"no\" and a restart_policy condition none are reported; services that extend another one inherit its policy and are not checked."
# custom:
#   id: TG-COMPOSE-002
#   severity: low
#   dimension: reliability
#   kinds: [compose]
#   frameworks: {aws-well-architected: ["REL11"]}
#   remediation: |
#     Restart the service when it exits with an error and after the host reboots:
#       services:
#         app:
#           image: ghcr.io/acme/app:1.4.2
#           restart: unless-stopped
package tollgate.compose.compose_restart

import rego.v1

deny contains finding if {
	some r in services
	restart := object.get(r.attributes, "restart", null)
	restart == null
	not has_restart_policy(r)
	finding := {
		"resource": r.address,
		"path": ["restart"],
		"message": sprintf("Service %s sets no restart policy, so it stays down after a crash.", [label(r)]),
	}
}

deny contains finding if {
	some r in services
	never(r.attributes.restart)
	finding := {
		"resource": r.address,
		"path": ["restart"],
		"message": sprintf("Service %s is never restarted (restart: no).", [label(r)]),
	}
}

deny contains finding if {
	some r in services
	object.get(r.attributes, "restart", null) == null
	condition := r.attributes.deploy.restart_policy.condition
	is_string(condition)
	lower(trim_space(condition)) == "none"
	finding := {
		"resource": r.address,
		"path": ["deploy", "restart_policy", "condition"],
		"message": sprintf("Service %s is never restarted (restart_policy condition none).", [label(r)]),
	}
}

# `restart: no` is the string "no"; YAML 1.1 parsers read an unquoted no as false.
never(x) if x == false

never(x) if {
	is_string(x)
	lower(trim_space(x)) == "no"
}

# A deploy.restart_policy (condition defaults to any), or a deploy block we cannot read.
has_restart_policy(r) if object.get(deploy(r), "restart_policy", null) != null

has_restart_policy(r) if {
	d := object.get(r.attributes, "deploy", null)
	d != null
	not is_object(d)
}

has_restart_policy(r) if is_unknown(r.attributes.deploy)

deploy(r) := r.attributes.deploy if is_object(r.attributes.deploy)

deploy(r) := {} if not is_object(r.attributes.deploy)

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
