# METADATA
# title: Jenkins pipelines set a timeout
# description: A deployment stage with no timeout waits forever on a hung command, a lock or a remote that stopped answering, holding its executor and blocking the deployments queued behind it. The document the scanner builds does not carry the `options` directives of the pipeline or of a stage, so this rule looks for a `timeout { }` step wrapping the steps of each deploying stage and reports deploying stages without one, even when an `options { timeout(...) }` block exists.
# custom:
#   id: TG-JENKINS-001
#   severity: low
#   dimension: reliability
#   kinds: [pipeline]
#   frameworks: {}
#   remediation: |
#     Wrap the deployment steps in a timeout:
#       stage('Deploy') {
#         steps {
#           timeout(time: 15, unit: 'MINUTES') {
#             sh './deploy.sh'
#           }
#         }
#       }
package tollgate.pipeline.jenkins_timeout

import rego.v1

deny contains finding if {
	input.platform == "jenkins"
	is_object(input.pipeline)
	some job in items(input.pipeline.jobs)
	is_object(job)
	is_string(job.address)
	is_object(job.activities)
	job.activities.deploy == true
	not has_timeout(job)
	finding := {
		"resource": job.address,
		"path": [],
		"message": sprintf("Stage %s deploys without a timeout step around its steps.", [job.address]),
	}
}

has_timeout(job) if {
	some step in items(job.steps)
	is_object(step)
	step.name == "timeout"
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
