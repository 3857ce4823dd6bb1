package tollgate.terraform.opensearch_https_test

import rego.v1

import data.tollgate.terraform.opensearch_https as policy

domain(type, attrs) := {
	"address": sprintf("%s.search", [type]),
	"type": type,
	"name": "search",
	"mode": "managed",
	"attributes": object.union({"domain_name": "search"}, attrs),
	"refs": [],
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_missing_block_fails_once if {
	findings := policy.deny with input as doc([domain("aws_opensearch_domain", {})])
	count(findings) == 1
	some f in findings
	f.path == ["domain_endpoint_options", 0, "enforce_https"]
}

test_https_not_enforced_with_old_tls_fails_twice if {
	findings := policy.deny with input as doc([domain("aws_opensearch_domain", {"domain_endpoint_options": [{"enforce_https": false, "tls_security_policy": "Policy-Min-TLS-1-0-2019-07"}]})])
	count(findings) == 2
}

test_old_tls_policy_fails if {
	findings := policy.deny with input as doc([domain("aws_elasticsearch_domain", {"domain_endpoint_options": [{"enforce_https": true, "tls_security_policy": "Policy-Min-TLS-1-0-2019-07"}]})])
	count(findings) == 1
	some f in findings
	f.path == ["domain_endpoint_options", 0, "tls_security_policy"]
}

test_https_without_tls_policy_fails if {
	findings := policy.deny with input as doc([domain("aws_opensearch_domain", {"domain_endpoint_options": [{"enforce_https": "true"}]})])
	count(findings) == 1
	some f in findings
	f.path == ["domain_endpoint_options", 0, "tls_security_policy"]
}

test_https_with_tls12_passes if {
	count(policy.deny) == 0 with input as doc([
		domain("aws_opensearch_domain", {"domain_endpoint_options": [{"enforce_https": true, "tls_security_policy": "Policy-Min-TLS-1-2-PFS-2023-10"}]}),
		domain("aws_elasticsearch_domain", {"domain_endpoint_options": [{"enforce_https": true, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"}]}),
	])
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as doc([
		domain("aws_opensearch_domain", {"domain_endpoint_options": {"__unknown__": "var.endpoint"}}),
		domain("aws_elasticsearch_domain", {"domain_endpoint_options": [{"enforce_https": {"__unknown__": "var.https"}, "tls_security_policy": {"__unknown__": "var.tls"}}]}),
	])
}
