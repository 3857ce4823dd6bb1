# METADATA
# title: DynamoDB tables have point-in-time recovery
# description: Without point-in-time recovery a bad deploy, a buggy batch job or an accidental delete of items cannot be undone; with it the table can be restored to any second of the recovery period (35 days by default). The rule reads the continuous backups status that AWS Config records with the table.
# custom:
#   id: TG-AWS-DDB-001
#   severity: medium
#   dimension: reliability
#   kinds: [aws]
#   frameworks: {aws-well-architected: ["REL09"], nist-800-53: ["CP-9"]}
#   remediation: |
#     Turn on point-in-time recovery:
#       aws dynamodb update-continuous-backups --table-name orders \
#         --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true
#     and keep it in the code that deploys the table: point_in_time_recovery { enabled = true } on
#     the aws_dynamodb_table (PointInTimeRecoverySpecification PointInTimeRecoveryEnabled: true in
#     CloudFormation).
package tollgate.aws.dynamodb_pitr

import rego.v1

deny contains finding if {
	some r in tables
	supplementary := object.get(r, "supplementary", null)
	is_object(supplementary)
	backups := object.get(supplementary, "ContinuousBackupsDescription", null)
	is_object(backups)
	pitr := object.get(backups, "pointInTimeRecoveryDescription", null)
	is_object(pitr)
	status := object.get(pitr, "pointInTimeRecoveryStatus", null)
	is_string(status)
	upper(status) != "ENABLED"
	finding := {
		"resource": r.address,
		"path": ["supplementary", "ContinuousBackupsDescription", "pointInTimeRecoveryDescription", "pointInTimeRecoveryStatus"],
		"message": sprintf("DynamoDB table %s in %s has no point-in-time recovery (status %s), so lost or corrupted items cannot be restored.", [label(r), region(r), status]),
	}
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
