# METADATA
# title: KMS keys rotate their key material
# description: A symmetric customer managed key that never rotates keeps protecting new data with the same material for as long as the key lives, which widens the damage if it is ever exposed.
# custom:
#   id: TG-AWS-KMS-001
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {cis-aws-foundations: ["3.6"], nist-800-53: ["SC-12"]}
#   remediation: |
#     Turn on automatic rotation (asymmetric and HMAC keys cannot rotate and are not reported):
#       DataKey:
#         Type: AWS::KMS::Key
#         Properties:
#           Description: data at rest
#           EnableKeyRotation: true
#           KeyPolicy:
#             Version: "2012-10-17"
#             Statement:
#               - Effect: Allow
#                 Principal:
#                   AWS: !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:root
#                 Action: kms:*
#                 Resource: "*"
package tollgate.cloudformation.kms_rotation

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::KMS::Key")
	symmetric(attributes(r))
	not_enabled(object.get(attributes(r), "EnableKeyRotation", null))
	finding := {
		"resource": r.address,
		"path": ["EnableKeyRotation"],
		"message": sprintf("KMS key %s does not rotate its key material automatically.", [r.address]),
	}
}

# symmetric(a) holds for keys that AWS can rotate: KeySpec absent or SYMMETRIC_DEFAULT.
# An unknown KeySpec is not assumed.
symmetric(a) if object.get(a, "KeySpec", null) in {null, "SYMMETRIC_DEFAULT"}

# attributes(r) is the resource's resolved Properties, {} when it has none.
attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)

# is_true(x) is a known true, as a boolean or as the string templates often use.
is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}

# not_enabled(x) is true when x is known and not true; an absent property (null) counts.
not_enabled(x) if {
	not lib.is_unknown(x)
	not is_true(x)
}
