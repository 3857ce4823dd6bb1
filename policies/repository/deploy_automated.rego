# METADATA
# title: Deployments are automated from a pipeline
# description: |
#   A service whose deployment is not a pipeline job is deployed by hand. The rule passes when
#   a pipeline has a job that deploys.
# custom:
#   id: TG-REPO-005
#   severity: high
#   dimension: deployment
#   kinds: [repository]
#   frameworks: {aws-well-architected: ["OPS06"]}
#   remediation: |
#     Add a deploy job to the pipeline (kubectl/helm, terraform apply, aws ecs update-service …),
#     running after the tests and through an environment.
package tollgate.repository.deploy_automated

import rego.v1

deny contains {"resource": "repository", "message": "no pipeline job deploys the service"} if {
	not deploys
}

deploys if {
	some p in input.pipelines
	some job in p.jobs
	job.activities.deploy == true
}
