package tollgate.cloudformation.opensearch_https_test

import rego.v1

import data.tollgate.cloudformation.opensearch_https as policy

domain(id, type, props) := {"address": id, "type": type, "name": id, "attributes": props, "refs": []}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "resources": resources, "parameters": {}, "conditions": {}}

test_missing_options_fail_once if {
	findings := policy.deny with input as doc([domain("Search", "AWS::OpenSearchService::Domain", {})])
	count(findings) == 1
	some f in findings
	f.path == ["DomainEndpointOptions", "EnforceHTTPS"]
}

test_https_not_enforced_with_old_tls_fails_twice if {
	count(policy.deny) == 2 with input as doc([domain("Search", "AWS::OpenSearchService::Domain", {"DomainEndpointOptions": {"EnforceHTTPS": "false", "TLSSecurityPolicy": "Policy-Min-TLS-1-0-2019-07"}})])
}

test_old_tls_policy_fails if {
	findings := policy.deny with input as doc([domain("Legacy", "AWS::Elasticsearch::Domain", {"DomainEndpointOptions": {"EnforceHTTPS": true, "TLSSecurityPolicy": "Policy-Min-TLS-1-0-2019-07"}})])
	count(findings) == 1
	some f in findings
	f.path == ["DomainEndpointOptions", "TLSSecurityPolicy"]
}

test_https_without_tls_policy_fails if {
	findings := policy.deny with input as doc([domain("Search", "AWS::OpenSearchService::Domain", {"DomainEndpointOptions": {"EnforceHTTPS": true}})])
	count(findings) == 1
	some f in findings
	f.path == ["DomainEndpointOptions", "TLSSecurityPolicy"]
}

test_https_with_tls12_passes if {
	count(policy.deny) == 0 with input as doc([
		domain("Search", "AWS::OpenSearchService::Domain", {"DomainEndpointOptions": {"EnforceHTTPS": true, "TLSSecurityPolicy": "Policy-Min-TLS-1-2-PFS-2023-10"}}),
		domain("Legacy", "AWS::Elasticsearch::Domain", {"DomainEndpointOptions": {"EnforceHTTPS": "true", "TLSSecurityPolicy": "Policy-Min-TLS-1-2-2019-07"}}),
	])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([
		domain("Search", "AWS::OpenSearchService::Domain", {"DomainEndpointOptions": {"__unknown__": "Fn::If IsProd"}}),
		domain("Other", "AWS::OpenSearchService::Domain", {"DomainEndpointOptions": {"EnforceHTTPS": {"__unknown__": "Ref Https"}, "TLSSecurityPolicy": {"__unknown__": "Ref Tls"}}}),
	])
}
