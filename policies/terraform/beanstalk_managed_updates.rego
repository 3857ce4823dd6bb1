# METADATA
# title: Elastic Beanstalk applies managed platform updates
# description: Without managed platform updates an Elastic Beanstalk environment keeps running the platform version it was launched with, missing the operating system, runtime and web server patches of later versions until someone updates it by hand. They are enabled by the aws:elasticbeanstalk:managedactions option ManagedActionsEnabled, which is false unless set (the console sets it, the API, CloudFormation and Terraform do not). The option is read from the environment's settings and from the configuration template it names; options set in .ebextensions of the source bundle cannot be seen.
# custom:
#   id: TG-AWS-EB-001
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SI-2"]}
#   remediation: |
#     Turn on managed updates with a weekly window and an update level:
#       resource "aws_elastic_beanstalk_environment" "web" {
#         name                = "web"
#         application         = aws_elastic_beanstalk_application.app.name
#         solution_stack_name = "64bit Amazon Linux 2023 v6.1.6 running Node.js 20"
#         setting {
#           namespace = "aws:elasticbeanstalk:managedactions"
#           name      = "ManagedActionsEnabled"
#           value     = "true"
#         }
#         setting {
#           namespace = "aws:elasticbeanstalk:managedactions"
#           name      = "PreferredStartTime"
#           value     = "Sun:02:00"
#         }
#         setting {
#           namespace = "aws:elasticbeanstalk:managedactions:platformupdate"
#           name      = "UpdateLevel"
#           value     = "minor"
#         }
#       }
package tollgate.terraform.beanstalk_managed_updates

import rego.v1

import data.tollgate.lib

namespace := "aws:elasticbeanstalk:managedactions"

option := "ManagedActionsEnabled"

# The environment sets the option to a known value other than true.
deny contains finding if {
	some env in managed("aws_elastic_beanstalk_environment")
	known_settings(env)
	some i, s in settings(env)
	is_option(s)
	not may_enable(s)
	not enabled_elsewhere(env)
	finding := {
		"resource": env.address,
		"path": ["setting", i, "value"],
		"message": sprintf("Elastic Beanstalk environment %s sets ManagedActionsEnabled to false, so platform updates are not applied automatically.", [env.address]),
	}
}

# Neither the environment nor its configuration template sets the option.
deny contains finding if {
	some env in managed("aws_elastic_beanstalk_environment")
	known_settings(env)
	not has_option(env)
	object.get(env.attributes, "template_name", null) == null
	finding := {
		"resource": env.address,
		"path": ["setting"],
		"message": sprintf("Elastic Beanstalk environment %s does not enable managed platform updates (ManagedActionsEnabled defaults to false).", [env.address]),
	}
}

deny contains finding if {
	some env in managed("aws_elastic_beanstalk_environment")
	known_settings(env)
	not has_option(env)
	some template in templates_of(env)
	known_settings(template)
	not template_enables(template)
	finding := {
		"resource": env.address,
		"path": ["template_name"],
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

templates_of(env) := {t |
	some t in managed("aws_elastic_beanstalk_configuration_template")
	for_template(env.attributes.template_name, t)
}

for_template(name, t) if same_resource(name.__ref__, t.address)

for_template(name, t) if {
	is_string(name)
	name == t.attributes.name
}

is_option(s) if {
	s.namespace == namespace
	s.name == option
}

may_enable(s) if lib.is_unknown(s.value)

may_enable(s) if s.value == true

may_enable(s) if {
	is_string(s.value)
	lower(s.value) == "true"
}

# settings(r) are the known setting blocks of r, with their index.
settings(r) := {i: s | some i, s in items(r.attributes.setting); is_object(s)}

# known_settings(r): every setting block of r, its namespace and its name are known.
known_settings(r) if {
	not lib.is_unknown(r.attributes.setting)
	not unknown_setting(r)
}

unknown_setting(r) if {
	some s in items(r.attributes.setting)
	lib.is_unknown(s)
}

unknown_setting(r) if {
	some s in items(r.attributes.setting)
	is_object(s)
	some key in ["namespace", "name"]
	lib.is_unknown(s[key])
}

# same_resource(ref, address): ref names the resource at address, or all instances of its count/for_each.
same_resource(ref, address) if ref == address

same_resource(ref, address) if ref == regex.replace(address, `\[[^\]]*\]$`, "")

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
