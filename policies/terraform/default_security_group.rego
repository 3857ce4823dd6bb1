# METADATA
# title: Default security groups allow no traffic
# description: Every resource launched without an explicit security group lands in its VPC's default group; rules on that group silently open network paths to and from whatever ends up there. Declaring aws_default_security_group without ingress or egress blocks removes every rule.
# custom:
#   id: TG-AWS-VPC-002
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {cis-aws-foundations: ["5.4"], nist-800-53: ["SC-7"]}
#   remediation: |
#     Adopt the default security group with no rules, and give workloads security groups of their own:
#       resource "aws_default_security_group" "default" {
#         vpc_id = aws_vpc.main.id
#       }
package tollgate.terraform.default_security_group

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_default_security_group")
	some direction in ["ingress", "egress"]
	some i, rule in items(r.attributes[direction])
	is_object(rule)
	finding := {
		"resource": r.address,
		"path": [direction, i],
		"message": sprintf("Default security group %s has an %s rule; the default group should allow no traffic.", [r.address, direction]),
	}
}

# Separate rule resources attached to a default security group.
rule_types := {
	"aws_security_group_rule",
	"aws_vpc_security_group_ingress_rule",
	"aws_vpc_security_group_egress_rule",
}

deny contains finding if {
	some r in input.resources
	r.type in rule_types
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	default_group(r.attributes.security_group_id)
	finding := {
		"resource": r.address,
		"path": ["security_group_id"],
		"message": sprintf("%s adds a rule to a VPC's default security group; the default group should allow no traffic.", [r.address]),
	}
}

# default_group(x): x is the id of a default security group of the document, or a VPC's
# default_security_group_id attribute.
default_group(x) if {
	some g in managed("aws_default_security_group")
	same_resource(x.__ref__, g.address)
}

default_group(x) if {
	lib.is_unknown(x)
	is_string(x.__unknown__)
	endswith(x.__unknown__, ".default_security_group_id")
}

# same_resource(ref, address): ref names the resource at address, or all instances of its count/for_each.
same_resource(ref, address) if ref == address

same_resource(ref, address) if ref == regex.replace(address, `\[[^\]]*\]$`, "")

# managed(t) is the set of managed (not data) resources of type t.
managed(t) := {r | some r in input.resources; r.type == t; object.get(r, "mode", "managed") == "managed"; is_object(r.attributes)}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
