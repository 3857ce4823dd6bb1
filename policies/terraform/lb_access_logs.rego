# METADATA
# title: Load balancers write access logs
# description: Without access logs there is no record of the requests a load balancer received, their clients and their results, which leaves abuse and incidents without evidence. In Terraform an access_logs block writes nothing unless enabled = true. Gateway load balancers have no access logs and are not checked.
# custom:
#   id: TG-AWS-ELB-004
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AU-12"], pci-dss-4.0: ["10.2.1"]}
#   remediation: |
#     Write access logs to an S3 bucket the load balancer may write to:
#       resource "aws_lb" "app" {
#         name               = "app"
#         load_balancer_type = "application"
#         subnets            = var.public_subnet_ids
#         access_logs {
#           bucket  = aws_s3_bucket.lb_logs.id
#           prefix  = "app"
#           enabled = true
#         }
#       }
package tollgate.terraform.lb_access_logs

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in load_balancers
	object.get(r.attributes, "access_logs", null) in {null, []}
	finding := {
		"resource": r.address,
		"path": ["access_logs"],
		"message": sprintf("Load balancer %s does not write access logs: it has no access_logs block.", [r.address]),
	}
}

deny contains finding if {
	some r in load_balancers
	some i, logs in items(r.attributes.access_logs)
	is_object(logs)
	not lib.is_unknown(logs)
	enabled := object.get(logs, "enabled", null)
	not lib.is_unknown(enabled)
	not is_true(enabled)
	finding := {
		"resource": r.address,
		"path": ["access_logs", i, "enabled"],
		"message": sprintf("Load balancer %s does not write access logs: access_logs.enabled is not true.", [r.address]),
	}
}

# load_balancers: managed application and network load balancers (the default type is application).
load_balancers := {r |
	some r in input.resources
	r.type in {"aws_lb", "aws_alb"}
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	lb_type := object.get(r.attributes, "load_balancer_type", "application")
	is_string(lb_type)
	lower(lb_type) != "gateway"
}

# is_true(x) is a known true, as a boolean or as the string HCL coerces to one.
is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
