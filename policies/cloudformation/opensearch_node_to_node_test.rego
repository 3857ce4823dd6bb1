package tollgate.cloudformation.opensearch_node_to_node_test

import rego.v1

import data.tollgate.cloudformation.opensearch_node_to_node as policy

domain(id, type, props) := {"address": id, "type": type, "name": id, "attributes": props, "refs": []}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

test_missing_fails if {
	findings := policy.deny with input as doc([domain("Search", "AWS::OpenSearchService::Domain", {"EngineVersion": "OpenSearch_2.13"})])
	count(findings) == 1
	some f in findings
	f.path == ["NodeToNodeEncryptionOptions", "Enabled"]
}

test_disabled_fails_for_both_types if {
	count(policy.deny) == 2 with input as doc([
		domain("Search", "AWS::OpenSearchService::Domain", {"NodeToNodeEncryptionOptions": {"Enabled": "false"}}),
		domain("Legacy", "AWS::Elasticsearch::Domain", {"NodeToNodeEncryptionOptions": {"Enabled": false}}),
	])
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as doc([
		domain("Search", "AWS::OpenSearchService::Domain", {"NodeToNodeEncryptionOptions": {"Enabled": true}}),
		domain("Legacy", "AWS::Elasticsearch::Domain", {"NodeToNodeEncryptionOptions": {"Enabled": "true"}}),
	])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([
		domain("Search", "AWS::OpenSearchService::Domain", {"NodeToNodeEncryptionOptions": {"__unknown__": "Fn::If IsProd"}}),
		domain("Other", "AWS::OpenSearchService::Domain", {"NodeToNodeEncryptionOptions": {"Enabled": {"__unknown__": "Ref N2N"}}}),
	])
}
