# METADATA
# title: Instances do not get public IP addresses
# description: An instance with a public IPv4 address (auto-assigned or an Elastic IP) is reachable from the internet as soon as a security group or network ACL allows it; workloads should sit in private subnets behind load balancers, NAT and Session Manager.
# custom:
#   id: TG-AWS-EC2-005
#   severity: medium
#   dimension: security
#   kinds: [aws]
#   frameworks: {nist-800-53: ["SC-7"]}
#   remediation: |
#     Relaunch the workload in a private subnet without a public address (behind a load balancer,
#     reached through SSM Session Manager), release an Elastic IP it does not need:
#       aws ec2 disassociate-address --association-id eipassoc-0123456789abcdef0
#     and stop the subnet from handing out public addresses:
#       aws ec2 modify-subnet-attribute --subnet-id subnet-0123456789abcdef0 --no-map-public-ip-on-launch
#     In the code that launches it, set associate_public_ip_address = false and a private subnet_id
#     on the aws_instance (or the launch template's network_interfaces).
package tollgate.aws.ec2_public_ip

import rego.v1

deny contains finding if {
	some r in instances
	ip := object.get(r.configuration, "publicIpAddress", null)
	is_string(ip)
	ip != ""
	finding := {
		"resource": r.address,
		"path": ["configuration", "publicIpAddress"],
		"message": sprintf("Instance %s in %s has the public IP address %s.", [label(r), region(r), ip]),
	}
}

# instances: EC2 instances that are not terminated or shutting down.
instances contains r if {
	some r in input.resources
	r.type == "AWS::EC2::Instance"
	is_object(r.configuration)
	not gone(r.configuration)
}

gone(cfg) if {
	is_object(cfg.state)
	is_string(cfg.state.name)
	cfg.state.name in {"terminated", "shutting-down"}
}

# label(r): the instance's Name tag and id, e.g. "web-1 (i-0123456789abcdef0)".
label(r) := sprintf("%s (%s)", [r.tags.Name, ident(r)]) if named(r)

label(r) := ident(r) if not named(r)

named(r) if {
	is_object(r.tags)
	is_string(r.tags.Name)
	r.tags.Name != ""
}

ident(r) := r.configuration.instanceId if is_string(r.configuration.instanceId)

ident(r) := r.id if {
	not is_string(r.configuration.instanceId)
	is_string(r.id)
}

ident(r) := r.address if {
	not is_string(r.configuration.instanceId)
	not is_string(r.id)
}

region(r) := r.region if is_string(r.region)

region(r) := object.get(input, "region", "its region") if not is_string(r.region)
