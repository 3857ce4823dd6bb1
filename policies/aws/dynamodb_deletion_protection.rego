# METADATA
# title: DynamoDB tables have deletion protection
# description: Without deletion protection a stray destroy, a renamed resource or a console click deletes the table and all of its items at once.
# custom:
#   id: TG-AWS-DDB-003
#   severity: medium
#   dimension: reliability
#   kinds: [aws]
#   frameworks: {}
#   remediation: |
#     Turn on deletion protection:
#       aws dynamodb update-table --table-name orders --deletion-protection-enabled
#     and set deletion_protection_enabled = true on the aws_dynamodb_table
#     (DeletionProtectionEnabled: true in CloudFormation) in the code that deploys it.
package tollgate.aws.dynamodb_deletion_protection

import rego.v1

deny contains finding if {
	some r in tables
	known_false(object.get(r.configuration, "deletionProtectionEnabled", null))
	finding := {
		"resource": r.address,
		"path": ["configuration", "deletionProtectionEnabled"],
		"message": sprintf("DynamoDB table %s in %s does not have deletion protection.", [label(r), region(r)]),
	}
}

known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

tables contains r if {
	some r in input.resources
	r.type == "AWS::DynamoDB::Table"
	is_object(r.configuration)
}

# label(r): the table's name (or the item's name, id or address).
label(r) := names[0] if {
	names := [x |
		some x in [object.get(r.configuration, "tableName", null), object.get(r, "name", null), object.get(r, "id", null), r.address]
		is_string(x)
		x != ""
	]
}

region(r) := r.region if is_string(r.region)

region(r) := object.get(input, "region", "its region") if not is_string(r.region)
