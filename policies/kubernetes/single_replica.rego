# METADATA
# title: Deployments run more than one replica
# description: A Deployment or StatefulSet with a single replica is down whenever its pod is rescheduled, evicted or its node fails, and every rollout of a StatefulSet is an outage. A missing replicas field means 1.
# custom:
#   id: TG-K8S-008
#   severity: medium
#   dimension: reliability
#   kinds: [kubernetes]
#   frameworks: {aws-well-architected: ["REL10"], nist-800-53: ["CP-10", "SC-5"]}
#   remediation: |
#     Run at least two replicas, spread over nodes:
#       apiVersion: apps/v1
#       kind: Deployment
#       spec:
#         replicas: 3
#         template:
#           spec:
#             topologySpreadConstraints:
#               - maxSkew: 1
#                 topologyKey: kubernetes.io/hostname
#                 whenUnsatisfiable: ScheduleAnyway
#                 labelSelector:
#                   matchLabels: {app: web}
package tollgate.kubernetes.single_replica

import rego.v1

deny contains finding if {
	some r in scaled
	replicas := replica_count(object.get(r.attributes.spec, "replicas", null))
	is_number(replicas)
	replicas < 2
	finding := {
		"resource": r.address,
		"path": ["spec", "replicas"],
		"message": sprintf("%s runs %d replica(s); run at least 2.", [r.address, replicas]),
	}
}

# replica_count(x) is the number of replicas; a missing or empty field means 1.
replica_count(x) := 1 if x == null

replica_count(x) := x if x != null

# The object when it is a Deployment or StatefulSet with a spec.
scaled contains r if {
	input.object.kind in {"Deployment", "StatefulSet"}
	some r in input.resources
	r.address == input.object.address
	is_object(r.attributes.spec)
}
