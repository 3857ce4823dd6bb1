# METADATA
# title: Instances outside auto scaling have termination protection
# description: A stand-alone instance without termination protection can be terminated, with its instance-store data and often its root volume, by one mistaken API call, console click or script. An instance launched from a launch template declared in the same configuration takes the setting from the template when it sets none itself; Spot Instances cannot be protected and are not checked.
# custom:
#   id: TG-AWS-EC2-007
#   severity: low
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {}
#   remediation: |
#     Protect the instance from API termination (turn it off in a separate apply before a deliberate destroy):
#       resource "aws_instance" "app" {
#         ami                     = data.aws_ami.al2023.id
#         instance_type           = "t3.micro"
#         disable_api_termination = true
#       }
package tollgate.terraform.ec2_termination_protection

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in instances
	value := object.get(r.attributes, "disable_api_termination", null)
	value != null
	not lib.is_unknown(value)
	not is_true(value)
	finding := {
		"resource": r.address,
		"path": ["disable_api_termination"],
		"message": sprintf("Instance %s turns termination protection off.", [r.address]),
	}
}

deny contains finding if {
	some r in instances
	object.get(r.attributes, "disable_api_termination", null) == null
	not has_block(r, "launch_template")
	finding := {
		"resource": r.address,
		"path": ["disable_api_termination"],
		"message": sprintf("Instance %s does not turn on termination protection (disable_api_termination).", [r.address]),
	}
}

deny contains finding if {
	some r in instances
	object.get(r.attributes, "disable_api_termination", null) == null
	templates := templates_of(r)
	count(templates) == 1
	some t in templates
	value := top_value(t.attributes, "disable_api_termination")
	not lib.is_unknown(value)
	not is_true(value)
	finding := {
		"resource": r.address,
		"path": ["launch_template"],
		"message": sprintf("Instance %s is launched from %s, which does not turn on termination protection.", [r.address, t.address]),
	}
}

# instances: the on-demand instances of the document; Spot Instances cannot be protected.
instances := {r | some r in managed("aws_instance"); not spot(r)}

spot(r) if {
	market := r.attributes.instance_market_options[0].market_type
	is_string(market)
	lower(market) == "spot"
}

# templates_of(r): the launch templates of the document the instance's launch_template block names.
templates_of(r) := {t |
	lt := r.attributes.launch_template[0]
	is_object(lt)
	some t in managed("aws_launch_template")
	names_template(lt, t)
}

names_template(lt, t) if {
	some key in ["id", "name"]
	same_resource(lt[key].__ref__, t.address)
}

names_template(lt, t) if {
	is_string(lt.name)
	lt.name == t.attributes.name
}

# top_value(attrs, key): a top-level attribute, null when absent.
top_value(attrs, key) := object.get(attrs, key, null)

# has_block(r, name) is true when r has at least one `name` block, or one that cannot be known.
has_block(r, name) if is_object(r.attributes[name])

has_block(r, name) if {
	some blk in items(r.attributes[name])
	is_object(blk)
}

# same_resource(ref, address): ref names the resource at address, or all instances of its count/for_each.
same_resource(ref, address) if ref == address

same_resource(ref, address) if ref == regex.replace(address, `\[[^\]]*\]$`, "")

# is_true(x) is a known true, as a boolean or as the string HCL coerces to one.
is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}

# managed(t) is the set of managed (not data) resources of type t.
managed(t) := {r | some r in input.resources; r.type == t; object.get(r, "mode", "managed") == "managed"; is_object(r.attributes)}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
