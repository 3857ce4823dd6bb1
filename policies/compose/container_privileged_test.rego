package tollgate.compose.container_privileged_test

import rego.v1

import data.tollgate.compose.container_privileged as policy
import data.tollgate.compose.documents_test as docs

test_privileged_service_fails if {
	findings := policy.deny with input as docs.compose({
		"agent": {"image": "portainer/agent:2.20.2", "privileged": true},
		"web": {"image": "nginx:1.25"},
	})
	count(findings) == 1
	some f in findings
	f.resource == "services.agent"
	f.path == ["privileged"]
	contains(f.message, "agent")
}

test_privileged_string_fails if {
	count(policy.deny) == 1 with input as docs.compose({"agent": {"image": "portainer/agent:2.20.2", "privileged": "true"}})
}

test_unprivileged_service_passes if {
	count(policy.deny) == 0 with input as docs.compose({
		"web": {"image": "nginx:1.25", "privileged": false},
		"worker": {"image": "nginx:1.25", "privileged": "false"},
		"api": {"build": "."},
	})
}

test_unknown_or_odd_values_pass if {
	count(policy.deny) == 0 with input as docs.compose({
		"a": {"image": "nginx:1.25", "privileged": {"__unknown__": "${PRIVILEGED}"}},
		"b": {"image": "nginx:1.25", "privileged": null},
	})
	count(policy.deny) == 0 with input as {"kind": "compose", "path": "docker-compose.yml", "resources": [{"address": "services.c", "type": "service", "name": "c", "attributes": null}], "services": []}
}

test_empty_document_passes if {
	count(policy.deny) == 0 with input as docs.empty
}
