# METADATA
# title: EKS control plane logs are enabled
# description: EKS sends no control plane logs to CloudWatch Logs unless asked. Without the api and audit logs there is no record of who called the Kubernetes API and what they changed, which an incident investigation needs first. authenticator, controllerManager and scheduler logs are useful too but are not required here.
# custom:
#   id: TG-AWS-EKS-003
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AU-2", "AU-12"], pci-dss-4.0: ["10.2.1"], soc2: ["CC7.2"]}
#   remediation: |
#     Send at least the api and audit logs to CloudWatch Logs:
#       resource "aws_eks_cluster" "main" {
#         name                      = "main"
#         role_arn                  = aws_iam_role.cluster.arn
#         enabled_cluster_log_types = ["api", "audit", "authenticator"]
#         vpc_config {
#           subnet_ids = var.private_subnet_ids
#         }
#       }
package tollgate.terraform.eks_control_plane_logs

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_eks_cluster")
	not r.mode == "data"
	is_object(r.attributes)
	enabled := enabled_types(object.get(r.attributes, "enabled_cluster_log_types", null))
	missing := required - enabled
	count(missing) > 0
	finding := {
		"resource": r.address,
		"path": ["enabled_cluster_log_types"],
		"message": sprintf("EKS cluster %s does not send its %s control plane logs to CloudWatch Logs.", [r.address, concat(" and ", sort(missing))]),
	}
}

required := {"api", "audit"}

# enabled_types(x) is the set of log types enabled, when it is known.
enabled_types(x) := set() if x == null

enabled_types(x) := {t | some t in x} if {
	is_array(x)
	every t in x {
		is_string(t)
	}
}
