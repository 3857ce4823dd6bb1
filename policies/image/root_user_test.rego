package tollgate.image.root_user_test

import rego.v1

import data.tollgate.image.root_user as policy
import data.tollgate.image.documents_test as docs

test_no_user_fails if {
	findings := policy.deny with input as docs.image({"config": {"user": ""}})
	count(findings) == 1
	some f in findings
	f.resource == "image"
	f.path == ["config", "user"]
	contains(f.message, "ghcr.io/acme/app:1.4.2")
	contains(f.message, "sets no user")
}

test_root_names_and_uids_fail if {
	count(policy.deny) == 1 with input as docs.image({"config": {"user": "root"}})
	count(policy.deny) == 1 with input as docs.image({"config": {"user": "0"}})
	count(policy.deny) == 1 with input as docs.image({"config": {"user": "0:0"}})
	count(policy.deny) == 1 with input as docs.image({"config": {"user": "root:app"}})
	count(policy.deny) == 1 with input as docs.image({"config": {"user": " root "}})
}

test_unprivileged_users_pass if {
	count(policy.deny) == 0 with input as docs.image({})
	count(policy.deny) == 0 with input as docs.image({"config": {"user": "65532:65532"}})
	count(policy.deny) == 0 with input as docs.image({"config": {"user": "1000"}})
	count(policy.deny) == 0 with input as docs.image({"config": {"user": "app:root"}})
	count(policy.deny) == 0 with input as docs.image({"config": {"user": "rootless"}})
	count(policy.deny) == 0 with input as docs.image({"config": {"user": "10"}})
}

test_missing_config_is_not_judged if {
	count(policy.deny) == 0 with input as docs.image({"config": null})
	count(policy.deny) == 0 with input as docs.image({"config": {"user": null}})
	count(policy.deny) == 0 with input as docs.empty
}
