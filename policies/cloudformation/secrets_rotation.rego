# METADATA
# title: Secrets Manager secrets rotate automatically
# description: A secret that is never rotated stays valid for as long as it exists, so a leaked copy in a log, a laptop or a former employee's notes keeps working. Automatic rotation limits how long a leaked value is useful.
# custom:
#   id: TG-AWS-SM-001
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["IA-5"]}
#   remediation: |
#     Rotate the secret on a schedule with a rotation function:
#       DbSecretRotation:
#         Type: AWS::SecretsManager::RotationSchedule
#         Properties:
#           SecretId: !Ref DbSecret
#           RotationLambdaARN: !GetAtt RotateDbFunction.Arn
#           RotationRules:
#             ScheduleExpression: rate(30 days)
package tollgate.cloudformation.secrets_rotation

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some s in lib.resources("AWS::SecretsManager::Secret")
	is_object(s.attributes)
	not rotated(s)
	finding := {
		"resource": s.address,
		"path": [],
		"message": sprintf("Secret %s has no AWS::SecretsManager::RotationSchedule, so its value never changes automatically.", [s.address]),
	}
}

rotated(s) if {
	some r in lib.resources("AWS::SecretsManager::RotationSchedule")
	is_object(r.attributes)
	for_secret(r, s)
}

for_secret(r, s) if lib.refers_to(r.attributes.SecretId, s)

for_secret(r, s) if {
	is_string(r.attributes.SecretId)
	r.attributes.SecretId == s.attributes.Name
}

# A SecretId that cannot be known and names no resource of the template may be any secret.
for_secret(r, _) if {
	lib.is_unknown(r.attributes.SecretId)
	not r.attributes.SecretId.__ref__
}
