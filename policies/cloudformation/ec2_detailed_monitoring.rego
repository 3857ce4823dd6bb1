# METADATA
# title: Instances have detailed monitoring
# description: Without detailed monitoring CloudWatch receives an instance's metrics only every five minutes, so alarms and scaling react late and short spikes go unseen. An instance launched from a launch template declared in the same template takes the setting from the launch template when it sets none itself.
# custom:
#   id: TG-AWS-EC2-006
#   severity: low
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["REL06"]}
#   remediation: |
#     Turn on one-minute metrics:
#       AppInstance:
#         Type: AWS::EC2::Instance
#         Properties:
#           ImageId: !Ref AmiId
#           InstanceType: t3.micro
#           Monitoring: true
package tollgate.cloudformation.ec2_detailed_monitoring

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in instances
	value := object.get(r.attributes, "Monitoring", null)
	value != null
	not lib.is_unknown(value)
	not is_true(value)
	finding := {
		"resource": r.address,
		"path": ["Monitoring"],
		"message": sprintf("Instance %s turns detailed monitoring off.", [r.address]),
	}
}

deny contains finding if {
	some r in instances
	object.get(r.attributes, "Monitoring", null) == null
	object.get(r.attributes, "LaunchTemplate", null) == null
	finding := {
		"resource": r.address,
		"path": ["Monitoring"],
		"message": sprintf("Instance %s does not turn on detailed monitoring.", [r.address]),
	}
}

deny contains finding if {
	some r in instances
	object.get(r.attributes, "Monitoring", null) == null
	templates := templates_of(r)
	count(templates) == 1
	some t in templates
	value := template_value(t)
	not lib.is_unknown(value)
	not is_true(value)
	finding := {
		"resource": r.address,
		"path": ["LaunchTemplate"],
		"message": sprintf("Instance %s is launched from %s, which does not turn on detailed monitoring.", [r.address, t.address]),
	}
}

instances := {r | some r in lib.resources("AWS::EC2::Instance"); known_object(r.attributes)}

# templates_of(r): the launch templates of the template the instance's LaunchTemplate names.
templates_of(r) := {t |
	spec := r.attributes.LaunchTemplate
	is_object(spec)
	some t in lib.resources("AWS::EC2::LaunchTemplate")
	some key in ["LaunchTemplateId", "LaunchTemplateName"]
	spec[key].__ref__ == t.address
}

# template_value(t): LaunchTemplateData.Monitoring.Enabled, null when absent, unknown when it
# cannot be known.
template_value(t) := v if {
	data_ := t.attributes.LaunchTemplateData
	known_object(data_)
	monitoring := object.get(data_, "Monitoring", null)
	v := monitoring_enabled(monitoring)
}

template_value(t) := {"__unknown__": "LaunchTemplateData"} if not known_object(t.attributes.LaunchTemplateData)

monitoring_enabled(m) := null if m == null

monitoring_enabled(m) := object.get(m, "Enabled", null) if known_object(m)

monitoring_enabled(m) := m if lib.is_unknown(m)

known_object(x) if {
	is_object(x)
	not lib.is_unknown(x)
}

# is_true(x) is a known true, as a boolean or as the string templates often use.
is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}
