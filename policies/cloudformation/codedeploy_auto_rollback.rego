# METADATA
# title: CodeDeploy rolls back failed deployments
# description: Without automatic rollback on DEPLOYMENT_FAILURE, a CodeDeploy deployment that fails leaves the deployment group on the broken revision (or half of it) until someone redeploys the last good one by hand.
# custom:
#   id: TG-AWS-CD-001
#   severity: medium
#   dimension: deployment
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["OPS06"]}
#   remediation: |
#     Roll back automatically when a deployment fails (and when an alarm stops it):
#       WebDeploymentGroup:
#         Type: AWS::CodeDeploy::DeploymentGroup
#         Properties:
#           ApplicationName: !Ref WebApplication
#           ServiceRoleArn: !GetAtt CodeDeployRole.Arn
#           AutoRollbackConfiguration:
#             Enabled: true
#             Events:
#               - DEPLOYMENT_FAILURE
#               - DEPLOYMENT_STOP_ON_ALARM
package tollgate.cloudformation.codedeploy_auto_rollback

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in groups
	object.get(r.attributes, "AutoRollbackConfiguration", null) == null
	finding := {
		"resource": r.address,
		"path": ["AutoRollbackConfiguration"],
		"message": sprintf("CodeDeploy deployment group %s has no automatic rollback, so a failed deployment stays on the broken revision.", [r.address]),
	}
}

deny contains finding if {
	some r in groups
	config := known_config(r)
	not_true(object.get(config, "Enabled", null))
	finding := {
		"resource": r.address,
		"path": ["AutoRollbackConfiguration", "Enabled"],
		"message": sprintf("CodeDeploy deployment group %s does not enable automatic rollback, so a failed deployment stays on the broken revision.", [r.address]),
	}
}

deny contains finding if {
	some r in groups
	config := known_config(r)
	not not_true(object.get(config, "Enabled", null))
	events := object.get(config, "Events", [])
	is_array(events)
	every event in events {
		is_string(event)
		event != "DEPLOYMENT_FAILURE"
	}
	finding := {
		"resource": r.address,
		"path": ["AutoRollbackConfiguration", "Events"],
		"message": sprintf("CodeDeploy deployment group %s does not roll back on DEPLOYMENT_FAILURE.", [r.address]),
	}
}

groups contains r if {
	some r in lib.resources("AWS::CodeDeploy::DeploymentGroup")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}

known_config(r) := config if {
	config := r.attributes.AutoRollbackConfiguration
	is_object(config)
	not lib.is_unknown(config)
}

# not_true(x) holds for a setting known not to be true (absent counts as false).
not_true(x) if x == null

not_true(x) if x == false

not_true(x) if {
	is_string(x)
	lower(x) == "false"
}
