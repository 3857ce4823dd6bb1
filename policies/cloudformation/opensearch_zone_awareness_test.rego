package tollgate.cloudformation.opensearch_zone_awareness_test

import rego.v1

import data.tollgate.cloudformation.opensearch_zone_awareness as policy

domain(id, type, props) := {"address": id, "type": type, "name": id, "attributes": props, "refs": []}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

test_default_single_zone_fails if {
	findings := policy.deny with input as doc([domain("Search", "AWS::OpenSearchService::Domain", {})])
	count(findings) == 1
	some f in findings
	f.path == ["ClusterConfig", "ZoneAwarenessEnabled"]
}

test_zone_awareness_off_fails_for_both_types if {
	findings := policy.deny with input as doc([
		domain("Search", "AWS::OpenSearchService::Domain", {"ClusterConfig": {"InstanceCount": 3, "ZoneAwarenessEnabled": "false"}}),
		domain("Legacy", "AWS::Elasticsearch::Domain", {"ElasticsearchClusterConfig": {"InstanceCount": 2}}),
	])
	count(findings) == 2
	some f in findings
	f.resource == "Legacy"
	f.path == ["ElasticsearchClusterConfig", "ZoneAwarenessEnabled"]
}

test_single_node_with_zone_awareness_fails if {
	findings := policy.deny with input as doc([domain("Search", "AWS::OpenSearchService::Domain", {"ClusterConfig": {"ZoneAwarenessEnabled": true}})])
	count(findings) == 1
	some f in findings
	f.path == ["ClusterConfig", "InstanceCount"]
}

test_zone_aware_multi_node_passes if {
	count(policy.deny) == 0 with input as doc([
		domain("Search", "AWS::OpenSearchService::Domain", {"ClusterConfig": {"ZoneAwarenessEnabled": true, "InstanceCount": 3}}),
		domain("Legacy", "AWS::Elasticsearch::Domain", {"ElasticsearchClusterConfig": {"ZoneAwarenessEnabled": "true", "InstanceCount": "2"}}),
	])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([
		domain("Search", "AWS::OpenSearchService::Domain", {"ClusterConfig": {"__unknown__": "Fn::If IsProd"}}),
		domain("Other", "AWS::OpenSearchService::Domain", {"ClusterConfig": {"ZoneAwarenessEnabled": true, "InstanceCount": {"__unknown__": "Ref Nodes"}}}),
	])
}
