package tollgate.compose.container_root_user_test

import rego.v1

import data.tollgate.compose.container_root_user as policy
import data.tollgate.compose.documents_test as docs

test_root_user_fails if {
	findings := policy.deny with input as docs.compose({
		"web": {"image": "nginx:1.25", "user": "root"},
		"api": {"image": "acme/api:2.0", "user": "10001"},
	})
	count(findings) == 1
	some f in findings
	f.resource == "services.web"
	f.path == ["user"]
}

test_every_root_form_fails if {
	count(policy.deny) == 6 with input as docs.compose({
		"a": {"image": "nginx:1.25", "user": "0"},
		"b": {"image": "nginx:1.25", "user": "0:0"},
		"c": {"image": "nginx:1.25", "user": "root:root"},
		"d": {"image": "nginx:1.25", "user": "0:1000"},
		"e": {"image": "nginx:1.25", "user": 0},
		"f": {"image": "nginx:1.25", "user": "root:"},
	})
}

test_non_root_users_pass if {
	count(policy.deny) == 0 with input as docs.compose({
		"a": {"image": "nginx:1.25", "user": "nginx"},
		"b": {"image": "nginx:1.25", "user": "1000:0"},
		"c": {"image": "nginx:1.25", "user": 1000},
		"d": {"image": "nginx:1.25", "user": "rootless"},
		"e": {"image": "nginx:1.25", "user": "10"},
	})
}

test_missing_user_is_not_reported if {
	count(policy.deny) == 0 with input as docs.compose({"web": {"image": "nginx:1.25"}, "api": {"build": ".", "user": null}})
}

test_unknown_user_is_not_reported if {
	count(policy.deny) == 0 with input as docs.compose({"web": {"image": "nginx:1.25", "user": {"__unknown__": "${APP_USER}"}}})
}

test_empty_document_passes if {
	count(policy.deny) == 0 with input as docs.empty
}
