package tollgate.cloudformation.msk_logging_test

import rego.v1

import data.tollgate.cloudformation.msk_logging as policy

cluster(props) := {"address": "Events", "type": "AWS::MSK::Cluster", "name": "Events", "attributes": props, "refs": []}

test_no_logging_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [cluster({"ClusterName": "events"})]}
	count(findings) == 1
	some f in findings
	f.path == ["LoggingInfo"]
}

test_disabled_destinations_fail if {
	count(policy.deny) == 1 with input as {"kind": "cloudformation", "resources": [cluster({"LoggingInfo": {"BrokerLogs": {
		"CloudWatchLogs": {"Enabled": "false", "LogGroup": {"__unknown__": "Ref KafkaLogs", "__ref__": "KafkaLogs"}},
		"S3": {"Enabled": false},
	}}})]}
}

test_firehose_enabled_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [cluster({"LoggingInfo": {"BrokerLogs": {
		"CloudWatchLogs": {"Enabled": false},
		"Firehose": {"Enabled": "true", "DeliveryStream": "kafka-logs"},
	}}})]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		cluster({"LoggingInfo": {"__unknown__": "Fn::If ShipLogs"}}),
		cluster({"LoggingInfo": {"BrokerLogs": {"S3": {"Enabled": {"__unknown__": "Ref ShipToS3"}}}}}),
	]}
}
