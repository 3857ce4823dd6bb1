# METADATA
# title: Elastic Beanstalk applies managed platform updates
# description: Without managed platform updates an Elastic Beanstalk environment keeps running the platform version it was launched with, missing the operating system, runtime and web server patches of later versions until someone updates it by hand. They are enabled by the aws:elasticbeanstalk:managedactions option ManagedActionsEnabled, which is false unless set (the console sets it, the API and CloudFormation do not). The option is read from the environment's OptionSettings and from the configuration template it names; options set in .ebextensions of the source bundle cannot be seen.
# custom:
#   id: TG-AWS-EB-001
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SI-2"]}
#   remediation: |
#     Turn on managed updates with a weekly window and an update level:
#       Web:
#         Type: AWS::ElasticBeanstalk::Environment
#         Properties:
#           ApplicationName: !Ref App
#           SolutionStackName: 64bit Amazon Linux 2023 v6.1.6 running Node.js 20
#           OptionSettings:
#             - Namespace: aws:elasticbeanstalk:managedactions
#               OptionName: ManagedActionsEnabled
#               Value: "true"
#             - Namespace: aws:elasticbeanstalk:managedactions
#               OptionName: PreferredStartTime
#               Value: Sun:02:00
#             - Namespace: aws:elasticbeanstalk:managedactions:platformupdate
#               OptionName: UpdateLevel
#               Value: minor
package tollgate.cloudformation.beanstalk_managed_updates

import rego.v1

import data.tollgate.lib

namespace := "aws:elasticbeanstalk:managedactions"

option := "ManagedActionsEnabled"

# The environment sets the option to a known value other than true.
deny contains finding if {
	some env in known("AWS::ElasticBeanstalk::Environment")
	known_settings(env)
	some i, s in settings(env)
	is_option(s)
	not may_enable(s)
	not enabled_elsewhere(env)
	finding := {
		"resource": env.address,
		"path": ["OptionSettings", i, "Value"],
		"message": sprintf("Elastic Beanstalk environment %s sets ManagedActionsEnabled to false, so platform updates are not applied automatically.", [env.address]),
	}
}

# Neither the environment nor its configuration template sets the option.
deny contains finding if {
	some env in known("AWS::ElasticBeanstalk::Environment")
	known_settings(env)
	not has_option(env)
	object.get(env.attributes, "TemplateName", null) == null
	finding := {
		"resource": env.address,
		"path": ["OptionSettings"],
		"message": sprintf("Elastic Beanstalk environment %s does not enable managed platform updates (ManagedActionsEnabled defaults to false).", [env.address]),
	}
}

deny contains finding if {
	some env in known("AWS::ElasticBeanstalk::Environment")
	known_settings(env)
	not has_option(env)
	some template in known("AWS::ElasticBeanstalk::ConfigurationTemplate")
	lib.refers_to(env.attributes.TemplateName, template)
	known_settings(template)
	object.get(template.attributes, "SourceConfiguration", null) == null
	not template_enables(template)
	finding := {
		"resource": env.address,
		"path": ["TemplateName"],
		"message": sprintf("Elastic Beanstalk environment %s does not enable managed platform updates, nor does its configuration template %s.", [env.address, template.address]),
	}
}

# A setting in the environment that is true or unknown wins over a false one (duplicates).
enabled_elsewhere(env) if {
	some s in settings(env)
	is_option(s)
	may_enable(s)
}

has_option(resource) if {
	some s in settings(resource)
	is_option(s)
}

template_enables(template) if {
	some s in settings(template)
	is_option(s)
	may_enable(s)
}

is_option(s) if {
	s.Namespace == namespace
	s.OptionName == option
}

may_enable(s) if lib.is_unknown(s.Value)

may_enable(s) if s.Value == true

may_enable(s) if {
	is_string(s.Value)
	lower(s.Value) == "true"
}

# settings(r) are the known option settings of r, with their index.
settings(r) := {i: s | some i, s in items(r.attributes.OptionSettings); is_object(s)}

# known_settings(r): the option settings of r, their namespaces and names are known.
known_settings(r) if {
	not lib.is_unknown(r.attributes.OptionSettings)
	not unknown_setting(r)
}

unknown_setting(r) if {
	some s in items(r.attributes.OptionSettings)
	lib.is_unknown(s)
}

unknown_setting(r) if {
	some s in items(r.attributes.OptionSettings)
	is_object(s)
	some key in ["Namespace", "OptionName"]
	lib.is_unknown(s[key])
}

known(t) := {r |
	some r in lib.resources(t)
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
