package tollgate.terraform.msk_encryption_in_transit_test

import rego.v1

import data.tollgate.terraform.msk_encryption_in_transit as policy

cluster(attrs) := {"address": "aws_msk_cluster.k", "type": "aws_msk_cluster", "name": "k", "mode": "managed", "attributes": attrs, "refs": []}

transit(settings) := {"cluster_name": "k", "encryption_info": [{"encryption_in_transit": [settings]}]}

test_plaintext_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [cluster(transit({"client_broker": "PLAINTEXT"}))]}
	count(findings) == 1
	some f in findings
	f.path == ["encryption_info", 0, "encryption_in_transit", 0, "client_broker"]
}

test_tls_plaintext_fails if {
	count(policy.deny) == 1 with input as {"kind": "terraform", "resources": [cluster(transit({"client_broker": "TLS_PLAINTEXT", "in_cluster": true}))]}
}

test_tls_or_default_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		cluster(transit({"client_broker": "TLS"})),
		cluster({"cluster_name": "k", "encryption_info": [{"encryption_at_rest_kms_key_arn": "arn:aws:kms:eu-west-1:111122223333:key/x"}]}),
		cluster({"cluster_name": "k"}),
	]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [
		cluster(transit({"client_broker": {"__unknown__": "var.client_broker"}})),
		cluster({"cluster_name": "k", "encryption_info": {"__unknown__": "var.encryption"}}),
	]}
}
