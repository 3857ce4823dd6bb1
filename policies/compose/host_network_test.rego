package tollgate.compose.host_network_test

import rego.v1

import data.tollgate.compose.documents_test as docs
import data.tollgate.compose.host_network as policy

test_host_network_fails if {
	findings := policy.deny with input as docs.compose({
		"exporter": {"image": "prom/node-exporter:v1.8.1", "network_mode": "host"},
		"web": {"image": "nginx:1.25", "network_mode": "bridge"},
	})
	count(findings) == 1
	some f in findings
	f.resource == "services.exporter"
	f.path == ["network_mode"]
}

test_other_network_modes_pass if {
	count(policy.deny) == 0 with input as docs.compose({
		"a": {"image": "nginx:1.25", "network_mode": "none"},
		"b": {"image": "nginx:1.25", "network_mode": "service:a"},
		"c": {"image": "nginx:1.25", "networks": ["host"]},
		"d": {"image": "nginx:1.25"},
	})
}

test_unknown_network_mode_passes if {
	count(policy.deny) == 0 with input as docs.compose({"a": {"image": "nginx:1.25", "network_mode": {"__unknown__": "${MODE}"}}})
}

test_empty_document_passes if {
	count(policy.deny) == 0 with input as docs.empty
}
