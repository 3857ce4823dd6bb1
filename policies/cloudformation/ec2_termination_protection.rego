# METADATA
# title: Instances outside auto scaling have termination protection
# description: A stand-alone instance without termination protection can be terminated, with its instance-store data and often its root volume, by one mistaken API call, console click or script. An instance launched from a launch template declared in the same template takes the setting from the launch template when it sets none itself.
# custom:
#   id: TG-AWS-EC2-007
#   severity: low
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {}
#   remediation: |
#     Protect the instance from API termination:
#       AppInstance:
#         Type: AWS::EC2::Instance
#         Properties:
#           ImageId: !Ref AmiId
#           InstanceType: t3.micro
#           DisableApiTermination: true
package tollgate.cloudformation.ec2_termination_protection

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in instances
	value := object.get(r.attributes, "DisableApiTermination", null)
	value != null
	not lib.is_unknown(value)
	not is_true(value)
	finding := {
		"resource": r.address,
		"path": ["DisableApiTermination"],
		"message": sprintf("Instance %s turns termination protection off.", [r.address]),
	}
}

deny contains finding if {
	some r in instances
	object.get(r.attributes, "DisableApiTermination", null) == null
	object.get(r.attributes, "LaunchTemplate", null) == null
	finding := {
		"resource": r.address,
		"path": ["DisableApiTermination"],
		"message": sprintf("Instance %s does not turn on termination protection (DisableApiTermination).", [r.address]),
	}
}

deny contains finding if {
	some r in instances
	object.get(r.attributes, "DisableApiTermination", null) == null
	templates := templates_of(r)
	count(templates) == 1
	some t in templates
	value := template_value(t)
	not lib.is_unknown(value)
	not is_true(value)
	finding := {
		"resource": r.address,
		"path": ["LaunchTemplate"],
		"message": sprintf("Instance %s is launched from %s, which does not turn on termination protection.", [r.address, t.address]),
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

# template_value(t): LaunchTemplateData.DisableApiTermination, null when absent, unknown when
# it cannot be known.
template_value(t) := object.get(t.attributes.LaunchTemplateData, "DisableApiTermination", null) if known_object(t.attributes.LaunchTemplateData)

template_value(t) := {"__unknown__": "LaunchTemplateData"} if not known_object(t.attributes.LaunchTemplateData)

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
