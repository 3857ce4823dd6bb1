# METADATA
# title: CodeDeploy rolls back failed deployments
# description: Without automatic rollback on DEPLOYMENT_FAILURE, a CodeDeploy deployment that fails leaves the deployment group on the broken revision (or half of it) until someone redeploys the last good one by hand.
# custom:
#   id: TG-AWS-CD-001
#   severity: medium
#   dimension: deployment
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["OPS06"]}
#   remediation: |
#     Roll back automatically when a deployment fails (and when an alarm stops it):
#       resource "aws_codedeploy_deployment_group" "web" {
#         app_name              = aws_codedeploy_app.web.name
#         deployment_group_name = "web"
#         service_role_arn      = aws_iam_role.codedeploy.arn
#         auto_rollback_configuration {
#           enabled = true
#           events  = ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"]
#         }
#       }
package tollgate.terraform.codedeploy_auto_rollback

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in groups
	object.get(r.attributes, "auto_rollback_configuration", null) in {null, []}
	finding := {
		"resource": r.address,
		"path": ["auto_rollback_configuration"],
		"message": sprintf("CodeDeploy deployment group %s has no automatic rollback, so a failed deployment stays on the broken revision.", [r.address]),
	}
}

deny contains finding if {
	some r in groups
	some i, config in items(r.attributes.auto_rollback_configuration)
	is_object(config)
	not_true(object.get(config, "enabled", null))
	finding := {
		"resource": r.address,
		"path": ["auto_rollback_configuration", i, "enabled"],
		"message": sprintf("CodeDeploy deployment group %s does not enable automatic rollback, so a failed deployment stays on the broken revision.", [r.address]),
	}
}

deny contains finding if {
	some r in groups
	some i, config in items(r.attributes.auto_rollback_configuration)
	is_object(config)
	not not_true(object.get(config, "enabled", null))
	events := object.get(config, "events", [])
	is_array(events)
	every event in events {
		is_string(event)
		event != "DEPLOYMENT_FAILURE"
	}
	finding := {
		"resource": r.address,
		"path": ["auto_rollback_configuration", i, "events"],
		"message": sprintf("CodeDeploy deployment group %s does not roll back on DEPLOYMENT_FAILURE.", [r.address]),
	}
}

groups contains r if {
	some r in lib.resources("aws_codedeploy_deployment_group")
	not r.mode == "data"
	is_object(r.attributes)
}

# not_true(x) holds for a setting known not to be true (absent counts as false).
not_true(x) if x == null

not_true(x) if x == false

not_true(x) if {
	is_string(x)
	lower(x) == "false"
}

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
