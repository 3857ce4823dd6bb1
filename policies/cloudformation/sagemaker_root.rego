# METADATA
# title: SageMaker notebooks do not give users root
# description: With root access, which is the default, every user of a SageMaker notebook instance can become root on it, install and change anything on the instance and tamper with what other users of the notebook run. Lifecycle configurations keep running as root when user root access is disabled, so system setup still works.
# custom:
#   id: TG-AWS-SAGEMAKER-001
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AC-6"]}
#   remediation: |
#     Disable root access for notebook users and do the system setup in a lifecycle configuration:
#       Research:
#         Type: AWS::SageMaker::NotebookInstance
#         Properties:
#           InstanceType: ml.t3.medium
#           RoleArn: !GetAtt NotebookRole.Arn
#           RootAccess: Disabled
#           DirectInternetAccess: Disabled
#           SubnetId: !Ref PrivateSubnet
#           SecurityGroupIds: [!Ref NotebookSecurityGroup]
#           LifecycleConfigName: !GetAtt NotebookSetup.NotebookInstanceLifecycleConfigName
package tollgate.cloudformation.sagemaker_root

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in notebooks
	object.get(r.attributes, "RootAccess", null) == null
	finding := {
		"resource": r.address,
		"path": ["RootAccess"],
		"message": sprintf("SageMaker notebook instance %s does not set RootAccess to Disabled; by default its users can become root.", [r.address]),
	}
}

deny contains finding if {
	some r in notebooks
	is_string(r.attributes.RootAccess)
	lower(r.attributes.RootAccess) == "enabled"
	finding := {
		"resource": r.address,
		"path": ["RootAccess"],
		"message": sprintf("SageMaker notebook instance %s sets RootAccess to Enabled, so its users can become root.", [r.address]),
	}
}

notebooks contains r if {
	some r in lib.resources("AWS::SageMaker::NotebookInstance")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
