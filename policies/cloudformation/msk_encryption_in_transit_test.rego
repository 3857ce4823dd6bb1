package tollgate.cloudformation.msk_encryption_in_transit_test

import rego.v1

import data.tollgate.cloudformation.msk_encryption_in_transit as policy

cluster(props) := {"address": "Events", "type": "AWS::MSK::Cluster", "name": "Events", "attributes": props, "refs": []}

test_plaintext_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [cluster({"EncryptionInfo": {"EncryptionInTransit": {"ClientBroker": "TLS_PLAINTEXT"}}})]}
	count(findings) == 1
	some f in findings
	f.path == ["EncryptionInfo", "EncryptionInTransit", "ClientBroker"]
}

test_tls_or_default_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		cluster({"EncryptionInfo": {"EncryptionInTransit": {"ClientBroker": "TLS"}}}),
		cluster({"EncryptionInfo": {"EncryptionAtRest": {"DataVolumeKMSKeyId": "arn:aws:kms:eu-west-1:111122223333:key/x"}}}),
		cluster({"ClusterName": "events"}),
	]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		cluster({"EncryptionInfo": {"EncryptionInTransit": {"ClientBroker": {"__unknown__": "Fn::If Legacy"}}}}),
		cluster({"EncryptionInfo": {"__unknown__": "Fn::If Legacy"}}),
	]}
}
