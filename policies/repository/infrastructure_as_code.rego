# METADATA
# title: Infrastructure is defined as code
# description: |
#   Infrastructure created by hand drifts and cannot be reviewed. The rule passes when the
#   repository holds Terraform, CloudFormation or Kubernetes definitions.
# custom:
#   id: TG-REPO-003
#   severity: medium
#   dimension: automation
#   kinds: [repository]
#   frameworks: {aws-well-architected: ["OPS05"]}
#   remediation: |
#     Describe the service's infrastructure in Terraform, CloudFormation or Kubernetes manifests
#     kept in this repository.
package tollgate.repository.infrastructure_as_code

import rego.v1

deny contains {"resource": "repository", "message": "no Terraform, CloudFormation or Kubernetes definitions in the repository"} if {
	count({k | some k in ["terraform", "cloudformation", "kubernetes"]; object.get(input.documents, k, 0) > 0}) == 0
}
