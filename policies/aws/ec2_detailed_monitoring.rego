# METADATA
# title: Instances have detailed monitoring
# description: Without detailed monitoring CloudWatch receives an instance's metrics only every five minutes, so alarms and scaling react late and short spikes go unseen.
# custom:
#   id: TG-AWS-EC2-006
#   severity: low
#   dimension: reliability
#   kinds: [aws]
#   frameworks: {aws-well-architected: ["REL06"]}
#   remediation: |
#     Turn on one-minute metrics for the running instance:
#       aws ec2 monitor-instances --instance-ids i-0123456789abcdef0
#     and in the code that launches it set monitoring = true on the aws_instance (or
#     monitoring { enabled = true } in its aws_launch_template; Monitoring: true in CloudFormation).
package tollgate.aws.ec2_detailed_monitoring

import rego.v1

deny contains finding if {
	some r in instances
	monitoring := object.get(r.configuration, "monitoring", null)
	is_object(monitoring)
	state := object.get(monitoring, "state", null)
	is_string(state)
	lower(state) in {"disabled", "disabling"}
	finding := {
		"resource": r.address,
		"path": ["configuration", "monitoring", "state"],
		"message": sprintf("Instance %s in %s does not have detailed monitoring: monitoring.state is %s.", [label(r), region(r), state]),
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
