package tollgate.image.ssh_port_exposed_test

import rego.v1

import data.tollgate.image.ssh_port_exposed as policy
import data.tollgate.image.documents_test as docs

test_port_22_fails if {
	findings := policy.deny with input as docs.image({"config": {"exposed_ports": ["8080/tcp", "22/tcp"]}})
	count(findings) == 1
	some f in findings
	f.path == ["config", "exposed_ports", 1]
	contains(f.message, "22/tcp")
}

test_bare_22_fails if {
	count(policy.deny) == 1 with input as docs.image({"config": {"exposed_ports": ["22"]}})
	count(policy.deny) == 1 with input as docs.image({"config": {"exposed_ports": [22]}})
}

test_other_ports_pass if {
	count(policy.deny) == 0 with input as docs.image({})
	count(policy.deny) == 0 with input as docs.image({"config": {"exposed_ports": ["2222/tcp", "22/udp", "8022/tcp", "220"]}})
}

test_odd_ports_are_not_judged if {
	count(policy.deny) == 0 with input as docs.image({"config": {"exposed_ports": null}})
	count(policy.deny) == 0 with input as docs.image({"config": {"exposed_ports": {"22/tcp": {}}}})
	count(policy.deny) == 0 with input as docs.empty
}
