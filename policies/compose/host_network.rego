# METADATA
# title: Containers do not share the host network
# description: A service in the host network mode sees every interface of the host, can bind its ports and reach services listening on localhost, and is outside the isolation of compose networks.
# custom:
#   id: TG-CONTAINER-006
#   severity: high
#   dimension: security
#   kinds: [compose]
#   frameworks: {nist-800-53: ["SC-7"]}
#   remediation: |
#     Use a compose network and publish only the ports needed:
#       services:
#         app:
#           image: ghcr.io/acme/app:1.4.2
#           networks: [backend]
#           ports: ["127.0.0.1:8080:8080"]
#       networks:
#         backend: {}
package tollgate.compose.host_network

import rego.v1

deny contains finding if {
	some r in input.resources
	r.type == "service"
	is_string(r.attributes.network_mode)
	lower(trim_space(r.attributes.network_mode)) == "host"
	finding := {
		"resource": r.address,
		"path": ["network_mode"],
		"message": sprintf("Service %s uses the host network.", [label(r)]),
	}
}

label(x) := x.name if is_string(x.name)

label(x) := x.address if not is_string(x.name)
