package tollgate.cloudformation.asg_elb_health_check_test

import rego.v1

group(props) := {
	"address": "WebGroup",
	"type": "AWS::AutoScaling::AutoScalingGroup",
	"name": "WebGroup",
	"attributes": object.union({"MinSize": "2", "MaxSize": "6"}, props),
	"refs": [],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

tg := {"__unknown__": "Ref WebTargetGroup", "__ref__": "WebTargetGroup"}

test_target_group_with_ec2_check_fails if {
	findings := data.tollgate.cloudformation.asg_elb_health_check.deny with input as doc([group({"TargetGroupARNs": [tg]})])
	count(findings) == 1
	some f in findings
	f.resource == "WebGroup"
	f.path == ["HealthCheckType"]
}

test_traffic_source_fails if {
	count(data.tollgate.cloudformation.asg_elb_health_check.deny) == 1 with input as doc([group({"TrafficSources": [{"Identifier": tg, "Type": "elbv2"}], "HealthCheckType": "EC2"})])
}

test_elb_check_passes if {
	count(data.tollgate.cloudformation.asg_elb_health_check.deny) == 0 with input as doc([group({"TargetGroupARNs": [tg], "HealthCheckType": "ELB"})])
}

test_no_load_balancer_passes if {
	count(data.tollgate.cloudformation.asg_elb_health_check.deny) == 0 with input as doc([group({"HealthCheckType": "EC2"})])
}

test_unknown_not_reported if {
	count(data.tollgate.cloudformation.asg_elb_health_check.deny) == 0 with input as doc([group({"TargetGroupARNs": [tg], "HealthCheckType": {"__unknown__": "Ref HealthCheckType"}})])
	count(data.tollgate.cloudformation.asg_elb_health_check.deny) == 0 with input as doc([group({"TargetGroupARNs": {"__unknown__": "Fn::If [\"Public\",[],[]]"}})])
}
