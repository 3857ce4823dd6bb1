# METADATA
# title: Deployments do not run concurrently
# description: Two pushes in quick succession start two runs of a deploy job, which then apply to the same environment at the same time and may finish in the wrong order, leaving the older change live. A concurrency group on the job or on the workflow makes the runs queue instead.
# custom:
#   id: TG-GHA-010
#   severity: low
#   dimension: deployment
#   kinds: [pipeline]
#   frameworks: {}
#   remediation: |
#     Queue deployments to the same environment, without cancelling one that has started:
#       deploy:
#         environment: production
#         concurrency:
#           group: deploy-production
#           cancel-in-progress: false
package tollgate.pipeline.deploy_concurrency

import rego.v1

deny contains finding if {
	input.platform == "github"
	not has_concurrency(workflow_attributes)
	is_object(input.pipeline)
	some job in items(input.pipeline.jobs)
	is_object(job)
	is_string(job.address)
	is_object(job.activities)
	job.activities.deploy == true
	some r in items(input.resources)
	is_object(r)
	r.address == job.address
	not has_concurrency(r.attributes)
	finding := {
		"resource": job.address,
		"path": ["concurrency"],
		"message": sprintf("Job %s deploys without a concurrency group, so two runs can deploy at the same time.", [job.address]),
	}
}

workflow_attributes := attributes if {
	some r in items(input.resources)
	is_object(r)
	r.type == "workflow"
	attributes := r.attributes
}

has_concurrency(attributes) if {
	is_object(attributes)
	c := attributes.concurrency
	c != null
	c != ""
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
