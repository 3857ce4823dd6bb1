# METADATA
# title: AWS Config records all resource types
# description: A configuration recorder limited to some resource types, or that leaves out global resources such as IAM users, roles and policies, has no history for the rest, so changes to them cannot be audited or evaluated by Config rules.
# custom:
#   id: TG-AWS-CONFIG-001
#   severity: medium
#   dimension: security
#   kinds: [aws]
#   frameworks: {cis-aws-foundations: ["3.3"], nist-800-53: ["CM-8"]}
#   remediation: |
#     Record every supported resource type, including global ones:
#       aws configservice put-configuration-recorder --region REGION --configuration-recorder \
#         name=default,roleARN=arn:aws:iam::ACCOUNT:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig \
#         --recording-group allSupported=true,includeGlobalResourceTypes=true
#     and in the code that deploys the recorder (Terraform aws_config_configuration_recorder
#     recording_group all_supported = true and include_global_resource_types = true,
#     CloudFormation RecordingGroup AllSupported and IncludeGlobalResourceTypes).
package tollgate.aws.config_recorder

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in recorders
	present(r.configuration)
	some group in groups(r)
	key := field(group.value, ["allSupported", "AllSupported"])
	known_false(group.value[key])
	finding := {
		"resource": r.address,
		"path": ["configuration", group.key, key],
		"message": sprintf("AWS Config recorder %s in %s records only some resource types (allSupported is false).", [recorder_name(r), r.region]),
	}
}

deny contains finding if {
	some r in recorders
	present(r.configuration)
	some group in groups(r)
	key := field(group.value, ["includeGlobalResourceTypes", "IncludeGlobalResourceTypes"])
	known_false(group.value[key])
	# A sweep that saw another region of the account record global types says so: recording
	# them in one region is what AWS advises.
	not object.get(r.configuration, "globalTypesRecordedInAccount", false) == true
	finding := {
		"resource": r.address,
		"path": ["configuration", group.key, key],
		"message": sprintf("AWS Config recorder %s in %s does not record global resource types such as IAM.", [recorder_name(r), r.region]),
	}
}

# groups(r) is the recorder's recording group, with the key it is recorded under.
groups(r) := {{"key": key, "value": r.configuration[key]} |
	some key in ["recordingGroup", "RecordingGroup"]
	is_object(r.configuration[key])
}

recorder_name(r) := n if {
	key := field(r.configuration, ["name", "Name"])
	n := r.configuration[key]
	is_string(n)
} else := r.name

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

