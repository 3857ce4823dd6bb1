# METADATA
# title: EFS file systems encrypt data at rest
# description: An unencrypted EFS file system stores its files and their metadata in clear text, and encryption cannot be turned on later without copying the data to a new file system.
# custom:
#   id: TG-AWS-EFS-001
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {cis-aws-foundations: ["2.4.1"], nist-800-53: ["SC-28"]}
#   remediation: |
#     Create the file system encrypted (optionally with your own KMS key); an existing
#     file system must be replaced and its data copied across:
#       SharedFileSystem:
#         Type: AWS::EFS::FileSystem
#         Properties:
#           Encrypted: true
#           KmsKeyId: !GetAtt EfsKey.Arn
package tollgate.cloudformation.efs_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::EFS::FileSystem")
	not_enabled(object.get(attributes(r), "Encrypted", null))
	finding := {
		"resource": r.address,
		"path": ["Encrypted"],
		"message": sprintf("EFS file system %s stores its data unencrypted.", [r.address]),
	}
}

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
