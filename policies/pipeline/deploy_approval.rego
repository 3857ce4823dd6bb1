# METADATA
# title: Deployments go through an approval or protected environment
# description: A deploy job with no approval gate (a GitHub environment, whose protection rules can require reviewers; a manual GitLab job; a Jenkins input step) ships every change that reaches it without a person or an environment policy deciding.
# custom:
#   id: TG-PIPE-002
#   severity: medium
#   dimension: deployment
#   kinds: [pipeline]
#   frameworks: {nist-800-53: ["CM-3", "CM-5"], soc2: ["CC8.1"]}
#   remediation: |
#     Gate the deployment.
#     GitHub Actions (add required reviewers to the environment in the repository settings):
#       deploy:
#         environment: production
#     GitLab CI:
#       deploy:
#         environment: production
#         when: manual
#     Jenkins (declarative):
#       stage('Deploy') {
#         input { message 'Deploy to production?' }
#         steps { sh './deploy.sh' }
#       }
package tollgate.pipeline.deploy_approval

import rego.v1

deny contains finding if {
	is_object(input.pipeline)
	some job in items(input.pipeline.jobs)
	is_object(job)
	is_string(job.address)
	is_object(job.activities)
	job.activities.deploy == true
	job.approval == false
	finding := {
		"resource": job.address,
		"path": gate_path,
		"message": sprintf("%s deploys without an approval or protected environment.", [describe(job)]),
	}
}

# Where the gate would go: `environment` on GitHub, `when` on GitLab, the stage itself on Jenkins.
gate_path := ["environment"] if input.platform == "github"

gate_path := ["when"] if input.platform == "gitlab"

gate_path := [] if not input.platform in {"github", "gitlab"}

describe(job) := sprintf("Stage %s", [job.address]) if input.platform == "jenkins"

describe(job) := sprintf("Job %s", [job.address]) if input.platform != "jenkins"

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
