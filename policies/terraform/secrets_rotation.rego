# METADATA
# title: Secrets Manager secrets rotate automatically
# description: A secret that is never rotated stays valid for as long as it exists, so a leaked copy in a log, a laptop or a former employee's notes keeps working. Automatic rotation limits how long a leaked value is useful.
# custom:
#   id: TG-AWS-SM-001
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["IA-5"]}
#   remediation: |
#     Rotate the secret on a schedule with a rotation function:
#       resource "aws_secretsmanager_secret_rotation" "db" {
#         secret_id           = aws_secretsmanager_secret.db.id
#         rotation_lambda_arn = aws_lambda_function.rotate_db.arn
#         rotation_rules {
#           automatically_after_days = 30
#         }
#       }
package tollgate.terraform.secrets_rotation

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some s in managed("aws_secretsmanager_secret")
	not inline_rotation(s)
	not rotated(s)
	finding := {
		"resource": s.address,
		"path": [],
		"message": sprintf("Secret %s has no aws_secretsmanager_secret_rotation, so its value never changes automatically.", [s.address]),
	}
}

# Rotation arguments of aws_secretsmanager_secret in AWS provider versions before 4.
inline_rotation(s) if object.get(s.attributes, "rotation_lambda_arn", null) != null

rotated(s) if {
	some r in managed("aws_secretsmanager_secret_rotation")
	for_secret(r, s)
}

for_secret(r, s) if same_resource(r.attributes.secret_id.__ref__, s.address)

for_secret(r, s) if {
	is_string(r.attributes.secret_id)
	r.attributes.secret_id == s.attributes.name
}

# A secret id that cannot be known and names no resource may be any secret.
for_secret(r, _) if {
	lib.is_unknown(r.attributes.secret_id)
	not r.attributes.secret_id.__ref__
}

# same_resource(ref, address): ref names the resource at address, or all instances of its count/for_each.
same_resource(ref, address) if ref == address

same_resource(ref, address) if ref == regex.replace(address, `\[[^\]]*\]$`, "")

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
