# METADATA
# title: Deployments roll out without dropping capacity
# description: "The Recreate strategy stops every pod before starting the new ones, and a rolling update whose maxUnavailable equals the replica count (or 100%) may do the same: each rollout is an outage. A numeric maxUnavailable is compared only with a replicas field that is written out, since an autoscaler may own the count; the default (25%) is safe."
# custom:
#   id: TG-K8S-010
#   severity: medium
#   dimension: deployment
#   kinds: [kubernetes]
#   frameworks: {aws-well-architected: ["REL08"], nist-800-53: ["CP-10"]}
#   remediation: |
#     Roll pods over gradually, starting new ones before stopping old ones:
#       apiVersion: apps/v1
#       kind: Deployment
#       spec:
#         replicas: 3
#         strategy:
#           type: RollingUpdate
#           rollingUpdate:
#             maxUnavailable: 0
#             maxSurge: 1
package tollgate.kubernetes.rolling_update

import rego.v1

deny contains finding if {
	some r in deployments
	strategy(r).type == "Recreate"
	finding := {
		"resource": r.address,
		"path": ["spec", "strategy", "type"],
		"message": sprintf("%s uses the Recreate strategy, which stops every pod before starting new ones.", [r.address]),
	}
}

deny contains finding if {
	some r in deployments
	not strategy(r).type == "Recreate"
	max_unavailable := rolling(r).maxUnavailable
	drops_all(max_unavailable, object.get(r.attributes.spec, "replicas", null))
	finding := {
		"resource": r.address,
		"path": ["spec", "strategy", "rollingUpdate", "maxUnavailable"],
		"message": sprintf("%s allows every pod to be unavailable during a rollout (maxUnavailable %v).", [r.address, max_unavailable]),
	}
}

# drops_all(m, replicas): maxUnavailable m lets the whole Deployment go down.
drops_all(m, _) if {
	is_string(m)
	regex.match(`^\s*[0-9]+\s*%\s*$`, m)
	to_number(trim_space(trim_suffix(trim_space(m), "%"))) >= 100
}

drops_all(m, replicas) if {
	is_number(m)
	is_number(replicas)
	replicas > 0
	m >= replicas
}

strategy(r) := r.attributes.spec.strategy if is_object(r.attributes.spec.strategy)

strategy(r) := {} if not is_object(r.attributes.spec.strategy)

rolling(r) := strategy(r).rollingUpdate if is_object(strategy(r).rollingUpdate)

rolling(r) := {} if not is_object(strategy(r).rollingUpdate)

# The object when it is a Deployment with a spec.
deployments contains r if {
	input.object.kind == "Deployment"
	some r in items(input.resources)
	r.address == input.object.address
	is_object(r.attributes.spec)
}

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
