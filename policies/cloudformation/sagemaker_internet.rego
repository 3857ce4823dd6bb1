# METADATA
# title: SageMaker notebooks have no direct internet access
# description: With direct internet access, which is the default, a SageMaker notebook instance reaches the internet through a SageMaker-managed network, outside the VPC's security groups, network ACLs, flow logs and egress controls, so data can leave and packages come in unchecked. Disabling it requires launching the notebook in a VPC subnet (SubnetId) that has its own route out or VPC endpoints.
# custom:
#   id: TG-AWS-SAGEMAKER-002
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-7"]}
#   remediation: |
#     Launch the notebook in a private subnet and turn direct internet access off:
#       Research:
#         Type: AWS::SageMaker::NotebookInstance
#         Properties:
#           InstanceType: ml.t3.medium
#           RoleArn: !GetAtt NotebookRole.Arn
#           SubnetId: !Ref PrivateSubnet
#           SecurityGroupIds: [!Ref NotebookSecurityGroup]
#           DirectInternetAccess: Disabled
#           RootAccess: Disabled
package tollgate.cloudformation.sagemaker_internet

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in notebooks
	object.get(r.attributes, "DirectInternetAccess", null) == null
	finding := {
		"resource": r.address,
		"path": ["DirectInternetAccess"],
		"message": sprintf("SageMaker notebook instance %s does not set DirectInternetAccess to Disabled; by default it reaches the internet outside the VPC.", [r.address]),
	}
}

deny contains finding if {
	some r in notebooks
	is_string(r.attributes.DirectInternetAccess)
	lower(r.attributes.DirectInternetAccess) == "enabled"
	finding := {
		"resource": r.address,
		"path": ["DirectInternetAccess"],
		"message": sprintf("SageMaker notebook instance %s sets DirectInternetAccess to Enabled, so it reaches the internet outside the VPC.", [r.address]),
	}
}

notebooks contains r if {
	some r in lib.resources("AWS::SageMaker::NotebookInstance")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
