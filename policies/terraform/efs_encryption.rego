# METADATA
# title: EFS file systems encrypt data at rest
# description: An unencrypted EFS file system stores its files and their metadata in clear text, and encryption cannot be turned on later without copying the data to a new file system.
# custom:
#   id: TG-AWS-EFS-001
#   severity: high
#   dimension: security
#   kinds: [terraform]
#   frameworks: {cis-aws-foundations: ["2.4.1"], nist-800-53: ["SC-28"]}
#   remediation: |
#     Create the file system encrypted (optionally with your own KMS key); an existing
#     file system must be replaced and its data copied across:
#       resource "aws_efs_file_system" "shared" {
#         creation_token = "shared"
#         encrypted      = true
#         kms_key_id     = aws_kms_key.efs.arn
#       }
package tollgate.terraform.efs_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_efs_file_system")
	managed(r)
	not_enabled(object.get(attributes(r), "encrypted", null))
	finding := {
		"resource": r.address,
		"path": ["encrypted"],
		"message": sprintf("EFS file system %s stores its data unencrypted.", [r.address]),
	}
}

# attributes(r) is the resource's attributes, {} when it has none.
attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)

# managed(r) leaves out data sources, which only read existing infrastructure.
managed(r) if {
	not r.mode == "data"
}

# is_true(x) is a known true, as a boolean or as the string HCL coerces to one.
is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}

# not_enabled(x) is true when x is known and not true; an absent setting (null) counts.
not_enabled(x) if {
	not lib.is_unknown(x)
	not is_true(x)
}
