# METADATA
# title: VPCs capture flow logs
# description: Without flow logs there is no record of the traffic that reached or left a VPC, so network-level attacks, data exfiltration and misrouted traffic cannot be investigated after the fact.
# custom:
#   id: TG-AWS-VPC-001
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {cis-aws-foundations: ["3.7"], nist-800-53: ["AU-12", "SI-4"]}
#   remediation: |
#     Capture the VPC's traffic with a flow log:
#       resource "aws_flow_log" "main" {
#         vpc_id               = aws_vpc.main.id
#         traffic_type         = "ALL"
#         log_destination_type = "cloud-watch-logs"
#         log_destination      = aws_cloudwatch_log_group.flow_logs.arn
#         iam_role_arn         = aws_iam_role.flow_logs.arn
#       }
package tollgate.terraform.vpc_flow_logs

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some vpc in managed("aws_vpc")
	not logged(vpc)
	not unscoped_flow_log
	finding := {
		"resource": vpc.address,
		"path": ["cidr_block"],
		"message": sprintf("VPC %s has no flow log capturing its traffic.", [vpc.address]),
	}
}

# logged(vpc): a flow log of the document names the VPC.
logged(vpc) if {
	some fl in managed("aws_flow_log")
	same_resource(fl.attributes.vpc_id.__ref__, vpc.address)
}

logged(vpc) if {
	some fl in managed("aws_flow_log")
	some ref in items(object.get(fl, "refs", []))
	same_resource(ref, vpc.address)
}

# A flow log whose VPC cannot be known and names no resource may be for any VPC.
unscoped_flow_log if {
	some fl in managed("aws_flow_log")
	lib.is_unknown(fl.attributes.vpc_id)
	not fl.attributes.vpc_id.__ref__
}

# same_resource(ref, address): ref names the resource at address, or all instances of its count/for_each.
same_resource(ref, address) if ref == address

same_resource(ref, address) if ref == regex.replace(address, `\[[^\]]*\]$`, "")

# managed(t) is the set of managed (not data) resources of type t.
managed(t) := {r | some r in input.resources; r.type == t; object.get(r, "mode", "managed") == "managed"; is_object(r.attributes)}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
