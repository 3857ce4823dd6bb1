# METADATA
# title: SageMaker notebooks have no direct internet access
# description: With direct internet access, which is the default, a SageMaker notebook instance reaches the internet through a SageMaker-managed network, outside the VPC's security groups, network ACLs, flow logs and egress controls, so data can leave and packages come in unchecked. Disabling it requires launching the notebook in a VPC subnet (subnet_id) that has its own route out or VPC endpoints.
# custom:
#   id: TG-AWS-SAGEMAKER-002
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-7"]}
#   remediation: |
#     Launch the notebook in a private subnet and turn direct internet access off:
#       resource "aws_sagemaker_notebook_instance" "research" {
#         name                   = "research"
#         role_arn               = aws_iam_role.notebook.arn
#         instance_type          = "ml.t3.medium"
#         subnet_id              = var.private_subnet_id
#         security_groups        = [aws_security_group.notebook.id]
#         direct_internet_access = "Disabled"
#         root_access            = "Disabled"
#       }
package tollgate.terraform.sagemaker_internet

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_sagemaker_notebook_instance")
	object.get(r.attributes, "direct_internet_access", null) == null
	finding := {
		"resource": r.address,
		"path": ["direct_internet_access"],
		"message": sprintf("SageMaker notebook instance %s does not set direct_internet_access = \"Disabled\"; by default it reaches the internet outside the VPC.", [r.address]),
	}
}

deny contains finding if {
	some r in managed("aws_sagemaker_notebook_instance")
	is_string(r.attributes.direct_internet_access)
	lower(r.attributes.direct_internet_access) == "enabled"
	finding := {
		"resource": r.address,
		"path": ["direct_internet_access"],
		"message": sprintf("SageMaker notebook instance %s sets direct_internet_access = \"Enabled\", so it reaches the internet outside the VPC.", [r.address]),
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
