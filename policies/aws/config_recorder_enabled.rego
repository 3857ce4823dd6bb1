# METADATA
# title: AWS Config recorders are turned on
# description: A region without a configuration recorder, or whose recorder is stopped, keeps no configuration history, so changes to its resources cannot be audited or evaluated by Config rules.
# custom:
#   id: TG-AWS-CONFIG-002
#   severity: medium
#   dimension: security
#   kinds: [aws]
#   frameworks: {cis-aws-foundations: ["3.3"], nist-800-53: ["CM-8"]}
#   remediation: |
#     Create a recorder and a delivery channel in the region if it has none
#     (aws configservice put-configuration-recorder and put-delivery-channel), then start it:
#       aws configservice start-configuration-recorder --configuration-recorder-name default --region REGION
#     and deploy both from code (Terraform aws_config_configuration_recorder with an
#     aws_config_configuration_recorder_status whose is_enabled = true, CloudFormation
#     AWS::Config::ConfigurationRecorder and AWS::Config::DeliveryChannel).
package tollgate.aws.config_recorder_enabled

import rego.v1

import data.tollgate.lib

# The region has no recorder.
deny contains finding if {
	some r in recorders
	not present(r.configuration)
	finding := {
		"resource": r.address,
		"path": ["configuration", "present"],
		"message": sprintf("AWS Config is not recording in %s.", [r.region]),
	}
}

# The recorder exists but is stopped.
deny contains finding if {
	some r in recorders
	present(r.configuration)
	key := field(r.configuration, ["recording", "Recording"])
	known_false(r.configuration[key])
	finding := {
		"resource": r.address,
		"path": ["configuration", key],
		"message": sprintf("AWS Config is not recording in %s.", [r.region]),
	}
}

# recorders is the set of the region's configuration recorder items.
recorders contains r if {
	some r in lib.resources("AWS::Config::ConfigurationRecorder")
	is_object(r.configuration)
}

# present(c): a recorder exists (the sweep writes present false for a region without one).
present(c) if not known_false(object.get(c, "present", true))

# field(c, names) is the first of the spellings names that c has (AWS Config records the
# recorder in PascalCase, the sweep in camelCase).
field(c, names) := [name | some name in names; name in object.keys(c)][0]

known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

