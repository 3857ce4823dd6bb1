# METADATA
# title: KMS keys keep a deletion window of at least 14 days
# description: Data encrypted under a deleted KMS key cannot be decrypted again. The waiting period before deletion is the only time to notice a mistaken or malicious deletion and cancel it; a window shorter than 14 days leaves little of it. The default is 30 days.
# custom:
#   id: TG-AWS-KMS-003
#   severity: low
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {}
#   remediation: |
#     Keep the default 30-day window, or set at least 14 days:
#       resource "aws_kms_key" "data" {
#         description             = "Application data"
#         enable_key_rotation     = true
#         deletion_window_in_days = 30
#       }
package tollgate.terraform.kms_deletion_window

import rego.v1

minimum_days := 14

key_types := {"aws_kms_key", "aws_kms_replica_key", "aws_kms_external_key", "aws_kms_replica_external_key"}

deny contains finding if {
	some r in input.resources
	r.type in key_types
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	d := days(r.attributes.deletion_window_in_days)
	d < minimum_days
	finding := {
		"resource": r.address,
		"path": ["deletion_window_in_days"],
		"message": sprintf("KMS key %s has a deletion window of %v days, less than %v.", [r.address, d, minimum_days]),
	}
}

# days(x) is x as a number; HCL converts numeric strings.
days(x) := x if is_number(x)

days(x) := to_number(x) if {
	is_string(x)
	regex.match(`^[0-9]+$`, x)
}
