# METADATA
# title: VPCs capture flow logs
# description: Without flow logs there is no record of the traffic that reached or left a VPC, so network-level attacks, data exfiltration and misrouted traffic cannot be investigated after the fact.
# custom:
#   id: TG-AWS-VPC-001
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {cis-aws-foundations: ["3.7"], nist-800-53: ["AU-12", "SI-4"]}
#   remediation: |
#     Capture the VPC's traffic with a flow log:
#       VpcFlowLog:
#         Type: AWS::EC2::FlowLog
#         Properties:
#           ResourceType: VPC
#           ResourceId: !Ref Vpc
#           TrafficType: ALL
#           LogDestinationType: s3
#           LogDestination: !GetAtt FlowLogBucket.Arn
package tollgate.cloudformation.vpc_flow_logs

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some vpc in lib.resources("AWS::EC2::VPC")
	not logged(vpc)
	not unscoped_flow_log
	finding := {
		"resource": vpc.address,
		"path": ["CidrBlock"],
		"message": sprintf("VPC %s has no flow log capturing its traffic.", [vpc.address]),
	}
}

flow_logs := {f | some f in lib.resources("AWS::EC2::FlowLog"); is_object(f.attributes)}

# logged(vpc): a flow log of the template names the VPC as its resource.
logged(vpc) if {
	some f in flow_logs
	f.attributes.ResourceId.__ref__ == vpc.address
}

logged(vpc) if {
	some f in flow_logs
	lib.is_unknown(f.attributes.ResourceId)
	vpc.address in items(object.get(f, "refs", []))
}

# A flow log whose resource cannot be known and names no resource (a parameter, an import)
# may be for any VPC; so may one whose properties cannot be known at all.
unscoped_flow_log if {
	some f in flow_logs
	lib.is_unknown(f.attributes.ResourceId)
	not f.attributes.ResourceId.__ref__
	count(items(object.get(f, "refs", []))) == 0
}

unscoped_flow_log if {
	some f in lib.resources("AWS::EC2::FlowLog")
	lib.is_unknown(f.attributes)
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
