# METADATA
# title: VPCs capture flow logs
# description: Without flow logs there is no record of the traffic that reached or left a VPC, so network-level attacks, data exfiltration and misrouted traffic cannot be investigated after the fact. A VPC counts as logged when the same account and region hold an AWS::EC2::FlowLog whose resourceId is the VPC; flow logs of single subnets or network interfaces do not cover the VPC.
# custom:
#   id: TG-AWS-VPC-001
#   severity: medium
#   dimension: security
#   kinds: [aws]
#   frameworks: {cis-aws-foundations: ["3.7"], nist-800-53: ["AU-12", "SI-4"]}
#   remediation: |
#     Create a flow log for the VPC (here to CloudWatch Logs, with a role that may write there):
#       aws ec2 create-flow-logs --resource-type VPC --resource-ids vpc-0123456789abcdef0 \
#         --traffic-type ALL --log-destination-type cloud-watch-logs \
#         --log-group-name /vpc/flow-logs \
#         --deliver-logs-permission-arn arn:aws:iam::111111111111:role/vpc-flow-logs
#     and keep it in the code that deploys the VPC: in Terraform an aws_flow_log with
#     vpc_id = aws_vpc.main.id and traffic_type = "ALL"; in CloudFormation an AWS::EC2::FlowLog
#     with ResourceType VPC and ResourceId !Ref Vpc.
package tollgate.aws.vpc_flow_logs

import rego.v1

deny contains finding if {
	some vpc in input.resources
	vpc.type == "AWS::EC2::VPC"
	is_object(vpc.configuration)
	id := vpc_id(vpc)
	not logged(id)
	finding := {
		"resource": vpc.address,
		"path": ["configuration", "vpcId"],
		"message": sprintf("VPC %s%s in %s has no flow log capturing its traffic.", [id, default_vpc(vpc), region(vpc)]),
	}
}

# logged(id): a flow log of the document is attached to the VPC. AWS Config records the flow
# log's target as resourceId (ResourceId in the CloudFormation-style shape of newer types).
logged(id) if {
	some fl in flow_logs
	some key in ["resourceId", "ResourceId"]
	fl.configuration[key] == id
}

flow_logs contains fl if {
	some fl in input.resources
	fl.type == "AWS::EC2::FlowLog"
	is_object(fl.configuration)
}

vpc_id(vpc) := vpc.configuration.vpcId if is_string(vpc.configuration.vpcId)

vpc_id(vpc) := vpc.id if {
	not is_string(vpc.configuration.vpcId)
	is_string(vpc.id)
}

default_vpc(vpc) := " (the default VPC)" if is_default(vpc.configuration.isDefault)

default_vpc(vpc) := "" if not is_default(vpc.configuration.isDefault)

is_default(x) if x == true

is_default(x) if {
	is_string(x)
	lower(x) == "true"
}

region(r) := r.region if is_string(r.region)

region(r) := object.get(input, "region", "its region") if not is_string(r.region)
