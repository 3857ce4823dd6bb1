# METADATA
# title: Failover records are backed by health checks
# description: Route 53 treats a primary failover record without a health check as always healthy, so it never fails over to the secondary. An alias record that evaluates its target's health is covered; secondary records may go without a health check.
# custom:
#   id: TG-AWS-R53-001
#   severity: medium
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["REL11"]}
#   remediation: |
#     Attach a health check to the primary record:
#       resource "aws_route53_record" "primary" {
#         zone_id         = aws_route53_zone.main.zone_id
#         name            = "app.example.com"
#         type            = "A"
#         ttl             = 60
#         records         = ["203.0.113.10"]
#         set_identifier  = "primary"
#         health_check_id = aws_route53_health_check.primary.id
#         failover_routing_policy {
#           type = "PRIMARY"
#         }
#       }
package tollgate.terraform.route53_health_check

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in input.resources
	r.type == "aws_route53_record"
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	some policy in items(r.attributes.failover_routing_policy)
	is_string(policy.type)
	upper(policy.type) == "PRIMARY"
	object.get(r.attributes, "health_check_id", null) in {null, ""}
	not evaluates_target_health(r)
	finding := {
		"resource": r.address,
		"path": ["health_check_id"],
		"message": sprintf("Primary failover record %s has no health check, so Route 53 never fails over from it.", [r.address]),
	}
}

# evaluates_target_health(r): an alias record that follows, or may follow, its target's health.
evaluates_target_health(r) if {
	some alias in items(r.attributes.alias)
	may_be_true(alias.evaluate_target_health)
}

evaluates_target_health(r) if lib.is_unknown(r.attributes.alias)

may_be_true(x) if x == true

may_be_true(x) if {
	is_string(x)
	lower(x) == "true"
}

may_be_true(x) if lib.is_unknown(x)

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
