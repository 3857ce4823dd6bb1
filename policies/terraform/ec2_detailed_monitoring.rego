# METADATA
# title: Instances have detailed monitoring
# description: Without detailed monitoring CloudWatch receives an instance's metrics only every five minutes, so alarms and scaling react late and short spikes go unseen. An instance launched from a launch template declared in the same configuration takes the setting from the template when it sets none itself.
# custom:
#   id: TG-AWS-EC2-006
#   severity: low
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["REL06"]}
#   remediation: |
#     Turn on one-minute metrics:
#       resource "aws_instance" "app" {
#         ami           = data.aws_ami.al2023.id
#         instance_type = "t3.micro"
#         monitoring    = true
#       }
package tollgate.terraform.ec2_detailed_monitoring

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_instance")
	value := object.get(r.attributes, "monitoring", null)
	value != null
	not lib.is_unknown(value)
	not is_true(value)
	finding := {
		"resource": r.address,
		"path": ["monitoring"],
		"message": sprintf("Instance %s turns detailed monitoring off.", [r.address]),
	}
}

deny contains finding if {
	some r in managed("aws_instance")
	object.get(r.attributes, "monitoring", null) == null
	not has_block(r, "launch_template")
	finding := {
		"resource": r.address,
		"path": ["monitoring"],
		"message": sprintf("Instance %s does not turn on detailed monitoring.", [r.address]),
	}
}

deny contains finding if {
	some r in managed("aws_instance")
	object.get(r.attributes, "monitoring", null) == null
	templates := templates_of(r)
	count(templates) == 1
	some t in templates
	value := block_value(t.attributes, "monitoring", "enabled")
	not lib.is_unknown(value)
	not is_true(value)
	finding := {
		"resource": r.address,
		"path": ["launch_template"],
		"message": sprintf("Instance %s is launched from %s, which does not turn on detailed monitoring.", [r.address, t.address]),
	}
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

# block_value(attrs, name, key): attribute key of the first `name` block, null when the block
# or the attribute is absent, an unknown value when either cannot be known.
block_value(attrs, name, _) := null if object.get(attrs, name, null) == null

block_value(attrs, name, _) := null if {
	is_array(attrs[name])
	count(attrs[name]) == 0
}

block_value(attrs, name, key) := object.get(attrs[name][0], key, null) if {
	is_object(attrs[name][0])
	not lib.is_unknown(attrs[name][0])
}

block_value(attrs, name, _) := {"__unknown__": name} if lib.is_unknown(attrs[name])

block_value(attrs, name, _) := {"__unknown__": name} if lib.is_unknown(attrs[name][0])

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
