# METADATA
# title: KMS keys keep a deletion window of at least 14 days
# description: Data encrypted under a deleted KMS key cannot be decrypted again. The waiting period before deletion is the only time to notice a mistaken or malicious deletion and cancel it; a window shorter than 14 days leaves little of it. The default is 30 days.
# custom:
#   id: TG-AWS-KMS-003
#   severity: low
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {}
#   remediation: |
#     Keep the default 30-day window, or set at least 14 days:
#       DataKey:
#         Type: AWS::KMS::Key
#         Properties:
#           EnableKeyRotation: true
#           PendingWindowInDays: 30
package tollgate.cloudformation.kms_deletion_window

import rego.v1

minimum_days := 14

deny contains finding if {
	some r in input.resources
	r.type in {"AWS::KMS::Key", "AWS::KMS::ReplicaKey"}
	is_object(r.attributes)
	d := days(r.attributes.PendingWindowInDays)
	d < minimum_days
	finding := {
		"resource": r.address,
		"path": ["PendingWindowInDays"],
		"message": sprintf("KMS key %s has a pending deletion window of %v days, less than %v.", [r.address, d, minimum_days]),
	}
}

# days(x) is x as a number; templates often give it as a string.
days(x) := x if is_number(x)

days(x) := to_number(x) if {
	is_string(x)
	regex.match(`^[0-9]+$`, x)
}
