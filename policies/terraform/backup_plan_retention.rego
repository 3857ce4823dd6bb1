# METADATA
# title: Backup plans keep recovery points for at least 7 days
# description: A backup rule that deletes its recovery points after fewer than 7 days leaves too little time to notice corruption, ransomware or a bad change and restore from before it.
# custom:
#   id: TG-AWS-BACKUP-002
#   severity: medium
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["REL09"], nist-800-53: ["CP-9"]}
#   remediation: |
#     Keep recovery points for 7 days or more:
#       resource "aws_backup_plan" "daily" {
#         name = "daily"
#         rule {
#           rule_name         = "daily"
#           target_vault_name = aws_backup_vault.daily.name
#           schedule          = "cron(0 3 * * ? *)"
#           lifecycle {
#             delete_after = 35
#           }
#         }
#       }
package tollgate.terraform.backup_plan_retention

import rego.v1

import data.tollgate.lib

minimum_days := 7

deny contains finding if {
	some r in managed("aws_backup_plan")
	some i, rule in items(r.attributes.rule)
	is_object(rule)
	some j, lifecycle in items(rule.lifecycle)
	is_object(lifecycle)
	days := number(lifecycle.delete_after)
	days < minimum_days
	finding := {
		"resource": r.address,
		"path": ["rule", i, "lifecycle", j, "delete_after"],
		"message": sprintf("Backup plan %s deletes the recovery points of rule %v after %v days, fewer than %v.", [r.address, rule_name(rule, i), days, minimum_days]),
	}
}

rule_name(rule, _) := rule.rule_name if is_string(rule.rule_name)

rule_name(rule, i) := i if not is_string(rule.rule_name)

number(x) := x if is_number(x)

number(x) := to_number(x) if {
	is_string(x)
	regex.match(`^[0-9]+$`, x)
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
