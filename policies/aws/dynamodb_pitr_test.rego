package tollgate.aws.dynamodb_pitr_test

import rego.v1

import data.tollgate.aws.dynamodb_pitr as pitr

doc(resources) := {
	"kind": "aws", "path": "aws/111111111111/eu-west-1",
	"account": "111111111111", "region": "eu-west-1", "partition": "aws",
	"collected_at": "2026-11-25T02:00:00Z",
	"resources": resources,
}

# table(name, configuration, supplementary): a table as AWS Config records it.
table(name, configuration, supplementary) := {
	"address": sprintf("arn:aws:dynamodb:eu-west-1:111111111111:table/%s", [name]),
	"type": "AWS::DynamoDB::Table",
	"id": name, "name": name,
	"arn": sprintf("arn:aws:dynamodb:eu-west-1:111111111111:table/%s", [name]),
	"account": "111111111111", "region": "eu-west-1", "tags": {},
	"configuration": object.union({
		"tableName": name, "tableStatus": "ACTIVE", "itemCount": 0, "tableSizeBytes": 0,
		"attributeDefinitions": [{"attributeName": "id", "attributeType": "S"}],
		"keySchema": [{"attributeName": "id", "keyType": "HASH"}],
		"billingModeSummary": {"billingMode": "PAY_PER_REQUEST"},
		"tableArn": sprintf("arn:aws:dynamodb:eu-west-1:111111111111:table/%s", [name]),
		"deletionProtectionEnabled": true,
	}, configuration),
	"supplementary": object.union({"ContinuousBackupsDescription": {
		"continuousBackupsStatus": "ENABLED",
		"pointInTimeRecoveryDescription": {"pointInTimeRecoveryStatus": "ENABLED", "earliestRestorableDateTime": "2026-10-21T02:00:00.000Z", "latestRestorableDateTime": "2026-11-25T01:55:00.000Z"},
	}}, supplementary),
	"relationships": [],
}

test_table_without_pitr_fails if {
	findings := pitr.deny with input as doc([table("orders", {}, {"ContinuousBackupsDescription": {"pointInTimeRecoveryDescription": {"pointInTimeRecoveryStatus": "DISABLED", "earliestRestorableDateTime": null, "latestRestorableDateTime": null}}})])
	count(findings) == 1
	some f in findings
	f.resource == "arn:aws:dynamodb:eu-west-1:111111111111:table/orders"
	f.path == ["supplementary", "ContinuousBackupsDescription", "pointInTimeRecoveryDescription", "pointInTimeRecoveryStatus"]
	f.message == "DynamoDB table orders in eu-west-1 has no point-in-time recovery (status DISABLED), so lost or corrupted items cannot be restored."
}

test_table_with_pitr_passes if {
	count(pitr.deny) == 0 with input as doc([table("orders", {}, {})])
}

test_unrecorded_backups_are_not_reported if {
	count(pitr.deny) == 0 with input as doc([
		table("a", {}, {"ContinuousBackupsDescription": null}),
		table("b", {}, {"ContinuousBackupsDescription": {"pointInTimeRecoveryDescription": "DISABLED"}}),
		object.union(table("c", {}, {}), {"supplementary": null}),
	])
}
