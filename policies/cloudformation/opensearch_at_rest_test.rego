package tollgate.cloudformation.opensearch_at_rest_test

import rego.v1

import data.tollgate.cloudformation.opensearch_at_rest as policy

domain(type, props) := {"address": id, "type": type, "name": id, "attributes": props, "refs": []} if {
	id := replace(type, "::", "")
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

test_missing_fails if {
	findings := policy.deny with input as doc([domain("AWS::OpenSearchService::Domain", {"EngineVersion": "OpenSearch_2.13"})])
	count(findings) == 1
	some f in findings
	f.path == ["EncryptionAtRestOptions", "Enabled"]
}

test_disabled_fails_for_both_types if {
	count(policy.deny) == 2 with input as doc([
		domain("AWS::OpenSearchService::Domain", {"EncryptionAtRestOptions": {"Enabled": false}}),
		domain("AWS::Elasticsearch::Domain", {"EncryptionAtRestOptions": {}}),
	])
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as doc([
		domain("AWS::OpenSearchService::Domain", {"EncryptionAtRestOptions": {"Enabled": true}}),
		domain("AWS::Elasticsearch::Domain", {"EncryptionAtRestOptions": {"Enabled": "true"}}),
	])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([
		domain("AWS::OpenSearchService::Domain", {"EncryptionAtRestOptions": {"__unknown__": "Fn::If IsProd"}}),
		domain("AWS::OpenSearchService::Domain", {"EncryptionAtRestOptions": {"Enabled": {"__unknown__": "Ref Encrypt"}}}),
	])
}
