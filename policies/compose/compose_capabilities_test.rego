package tollgate.compose.compose_capabilities_test

import rego.v1

import data.tollgate.compose.compose_capabilities as policy
import data.tollgate.compose.documents_test as docs

test_sys_admin_fails if {
	findings := policy.deny with input as docs.compose({
		"fuse": {"image": "ghcr.io/acme/fuse-mounter:1.0", "cap_add": ["NET_BIND_SERVICE", "SYS_ADMIN"]},
		"web": {"image": "nginx:1.25"},
	})
	count(findings) == 1
	some f in findings
	f.resource == "services.fuse"
	f.path == ["cap_add", 1]
	contains(f.message, "SYS_ADMIN")
}

test_prefixed_and_lower_case_fail if {
	count(policy.deny) == 3 with input as docs.compose({"debug": {"image": "ghcr.io/acme/debug:1.0", "cap_add": ["CAP_SYS_PTRACE", "net_admin", "all"]}})
}

# Dropping ALL is the hardening, not the problem.
test_drop_all_and_harmless_adds_pass if {
	count(policy.deny) == 0 with input as docs.compose({"web": {"image": "nginx:1.25", "cap_drop": ["ALL"], "cap_add": ["NET_BIND_SERVICE", "CHOWN"]}})
}

test_odd_values_pass if {
	count(policy.deny) == 0 with input as docs.compose({
		"a": {"image": "nginx:1.25", "cap_add": "${CAPS}"},
		"b": {"image": "nginx:1.25", "cap_add": null},
		"c": {"image": "nginx:1.25", "cap_add": [{"__unknown__": "x"}]},
	})
	count(policy.deny) == 0 with input as docs.empty
}
