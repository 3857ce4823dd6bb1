# METADATA
# title: SageMaker notebooks do not give users root
# description: With root access, which is the default, every user of a SageMaker notebook instance can become root on it, install and change anything on the instance and tamper with what other users of the notebook run. Lifecycle configurations keep running as root when user root access is disabled, so system setup still works.
# custom:
#   id: TG-AWS-SAGEMAKER-001
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AC-6"]}
#   remediation: |
#     Disable root access for notebook users and do the system setup in a lifecycle configuration:
#       resource "aws_sagemaker_notebook_instance" "research" {
#         name                   = "research"
#         role_arn               = aws_iam_role.notebook.arn
#         instance_type          = "ml.t3.medium"
#         root_access            = "Disabled"
#         direct_internet_access = "Disabled"
#         subnet_id              = var.private_subnet_id
#         security_groups        = [aws_security_group.notebook.id]
#         lifecycle_config_name  = aws_sagemaker_notebook_instance_lifecycle_configuration.setup.name
#       }
package tollgate.terraform.sagemaker_root

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_sagemaker_notebook_instance")
	object.get(r.attributes, "root_access", null) == null
	finding := {
		"resource": r.address,
		"path": ["root_access"],
		"message": sprintf("SageMaker notebook instance %s does not set root_access = \"Disabled\"; by default its users can become root.", [r.address]),
	}
}

deny contains finding if {
	some r in managed("aws_sagemaker_notebook_instance")
	is_string(r.attributes.root_access)
	lower(r.attributes.root_access) == "enabled"
	finding := {
		"resource": r.address,
		"path": ["root_access"],
		"message": sprintf("SageMaker notebook instance %s sets root_access = \"Enabled\", so its users can become root.", [r.address]),
	}
}

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
