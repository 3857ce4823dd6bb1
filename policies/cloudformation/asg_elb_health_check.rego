# METADATA
# title: Auto Scaling groups behind load balancers use load balancer health checks
# description: With the default EC2 health check an Auto Scaling group replaces an instance only when EC2 reports it impaired; an instance whose application has died keeps running, fails every load balancer health check, and is never replaced, so the group silently runs short of capacity. A group counts as behind a load balancer through TargetGroupARNs, LoadBalancerNames or an ELB entry of TrafficSources.
# custom:
#   id: TG-AWS-ASG-002
#   severity: medium
#   dimension: deployment
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["REL11"]}
#   remediation: |
#     Let the load balancer's health checks decide, with a grace period for startup:
#       WebGroup:
#         Type: AWS::AutoScaling::AutoScalingGroup
#         Properties:
#           MinSize: "2"
#           MaxSize: "6"
#           VPCZoneIdentifier: !Ref PrivateSubnets
#           TargetGroupARNs:
#             - !Ref WebTargetGroup
#           HealthCheckType: ELB
#           HealthCheckGracePeriod: 120
#           LaunchTemplate:
#             LaunchTemplateId: !Ref WebLaunchTemplate
#             Version: !GetAtt WebLaunchTemplate.LatestVersionNumber
package tollgate.cloudformation.asg_elb_health_check

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::AutoScaling::AutoScalingGroup")
	is_object(r.attributes)
	behind_load_balancer(r)
	type := object.get(r.attributes, "HealthCheckType", "EC2")
	is_string(type)
	not elb_checked(type)
	finding := {
		"resource": r.address,
		"path": ["HealthCheckType"],
		"message": sprintf("Auto Scaling group %s is behind a load balancer but uses %s health checks, so instances failing the load balancer's checks are never replaced.", [r.address, type]),
	}
}

# elb_checked(type) holds when the health check types (a comma-separated list) include ELB.
elb_checked(type) if {
	some t in split(type, ",")
	upper(trim_space(t)) == "ELB"
}

behind_load_balancer(r) if non_empty(r.attributes.TargetGroupARNs)

behind_load_balancer(r) if non_empty(r.attributes.LoadBalancerNames)

behind_load_balancer(r) if {
	some source in items(r.attributes.TrafficSources)
	is_object(source)
	source.Type in {"elb", "elbv2"}
}

non_empty(x) if {
	is_array(x)
	count(x) > 0
}

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
