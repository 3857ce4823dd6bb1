# METADATA
# title: Health checks are defined
# description: |
#   Without health checks a rollout cannot tell a broken release from a good one, and traffic
#   keeps reaching failed instances. The rule passes when the repository defines at least one:
#   Kubernetes probes, a Dockerfile or compose HEALTHCHECK, or load balancer target health checks.
# custom:
#   id: TG-REPO-006
#   severity: medium
#   dimension: deployment
#   kinds: [repository]
#   frameworks: {aws-well-architected: ["REL06"]}
#   remediation: |
#     Add readiness and liveness probes to Kubernetes containers, a HEALTHCHECK to the image,
#     or a health_check block to the load balancer target group.
package tollgate.repository.health_checks

import rego.v1

# It applies when there is something to run: workloads, images or compose services.
applies if input.workloads > 0

applies if object.get(input.documents, "dockerfile", 0) + object.get(input.documents, "compose", 0) > 0

deny contains {"resource": "repository", "message": "no health check is defined anywhere in the repository"} if {
	applies
	not any_health_check
}

any_health_check if {
	some _, n in input.healthchecks
	n > 0
}
