# METADATA
# title: Containers declare a health check
# description: Without a health check Docker reports a hung or half-started service as running, a `depends_on` condition of service_healthy cannot wait for it and orchestrators cannot restart it. Services that extend another one inherit its health check and are not checked for a missing one.
# custom:
#   id: TG-CONTAINER-005
#   severity: medium
#   dimension: reliability
#   kinds: [compose]
#   frameworks: {aws-well-architected: ["REL11"], nist-800-53: ["SI-6"]}
#   remediation: |
#     Declare how to probe the service:
#       services:
#         app:
#           image: ghcr.io/acme/app:1.4.2
#           healthcheck:
#             test: ["CMD", "curl", "-fsS", "http://localhost:8080/healthz"]
#             interval: 30s
#             timeout: 5s
#             retries: 3
#             start_period: 10s
package tollgate.compose.container_healthcheck

import rego.v1

deny contains finding if {
	some r in service_resources
	object.get(r.attributes, "healthcheck", null) == null
	object.get(r.attributes, "extends", null) == null
	finding := {
		"resource": r.address,
		"path": ["healthcheck"],
		"message": sprintf("Service %s declares no health check.", [label(r)]),
	}
}

deny contains finding if {
	some r in service_resources
	enabled(r.attributes.healthcheck.disable)
	finding := {
		"resource": r.address,
		"path": ["healthcheck", "disable"],
		"message": sprintf("Service %s disables its health check.", [label(r)]),
	}
}

deny contains finding if {
	some r in service_resources
	not enabled(r.attributes.healthcheck.disable)
	is_array(r.attributes.healthcheck.test)
	r.attributes.healthcheck.test[0] == "NONE"
	finding := {
		"resource": r.address,
		"path": ["healthcheck", "test"],
		"message": sprintf("Service %s disables its health check (test NONE).", [label(r)]),
	}
}

service_resources contains r if {
	some r in input.resources
	r.type == "service"
	is_object(r.attributes)
}

# enabled(x) is true for `true`, and for the string "true" that compose casts to it.
enabled(x) if x == true

enabled(x) if {
	is_string(x)
	lower(trim_space(x)) == "true"
}

label(x) := x.name if is_string(x.name)

label(x) := x.address if not is_string(x.name)
