# METADATA
# title: Default security groups allow no traffic
# description: Every resource launched without an explicit security group lands in its VPC's default group; inbound or outbound rules on that group (AWS creates one of each with every VPC) silently open network paths to and from whatever ends up there.
# custom:
#   id: TG-AWS-VPC-002
#   severity: medium
#   dimension: security
#   kinds: [aws]
#   frameworks: {cis-aws-foundations: ["5.4"], nist-800-53: ["SC-7"]}
#   remediation: |
#     Move workloads to security groups of their own, then remove every rule of the default group
#     (console: VPC > Security groups > the "default" group > Edit inbound rules / Edit outbound
#     rules > Delete), or with the CLI:
#       aws ec2 revoke-security-group-ingress --group-id sg-0123456789abcdef0 \
#         --ip-permissions 'IpProtocol=-1,UserIdGroupPairs=[{GroupId=sg-0123456789abcdef0}]'
#       aws ec2 revoke-security-group-egress --group-id sg-0123456789abcdef0 \
#         --ip-permissions 'IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]'
#     So that the code keeps it that way, adopt the group in Terraform with an
#     aws_default_security_group that has no ingress or egress blocks (vpc_id = aws_vpc.main.id).
package tollgate.aws.default_security_group

import rego.v1

directions := {"ipPermissions": "inbound", "ipPermissionsEgress": "outbound"}

deny contains finding if {
	some r in input.resources
	r.type == "AWS::EC2::SecurityGroup"
	is_object(r.configuration)
	r.configuration.groupName == "default"
	some key, direction in directions
	some i, rule in items(object.get(r.configuration, key, null))
	is_object(rule)
	finding := {
		"resource": r.address,
		"path": ["configuration", key, i],
		"message": sprintf("Default security group %s%s in %s has an %s rule; the default group should allow no traffic.", [ident(r), vpc(r), region(r), direction]),
	}
}

ident(r) := r.configuration.groupId if is_string(r.configuration.groupId)

ident(r) := r.id if {
	not is_string(r.configuration.groupId)
	is_string(r.id)
}

ident(r) := r.address if {
	not is_string(r.configuration.groupId)
	not is_string(r.id)
}

vpc(r) := sprintf(" of VPC %s", [r.configuration.vpcId]) if is_string(r.configuration.vpcId)

vpc(r) := "" if not is_string(r.configuration.vpcId)

region(r) := r.region if is_string(r.region)

region(r) := object.get(input, "region", "its region") if not is_string(r.region)

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
