package tollgate.image.oci_labels_test

import rego.v1

import data.tollgate.image.oci_labels as policy
import data.tollgate.image.documents_test as docs

test_missing_labels_fail if {
	findings := policy.deny with input as docs.image({"config": {"labels": null}})
	count(findings) == 1
	some f in findings
	f.resource == "image"
	f.path == ["config", "labels"]
	contains(f.message, "labels org.opencontainers.image.source and org.opencontainers.image.revision")
}

test_missing_revision_fails if {
	findings := policy.deny with input as docs.image({"config": {"labels": {"org.opencontainers.image.revision": ""}}})
	count(findings) == 1
	some f in findings
	endswith(f.message, "lacks the label org.opencontainers.image.revision.")
}

test_other_labels_do_not_count if {
	count(policy.deny) == 1 with input as docs.image({"config": {"labels": {
		"org.opencontainers.image.source": null,
		"org.label-schema.vcs-url": "https://github.com/acme/app",
	}}})
}

test_both_labels_pass if {
	count(policy.deny) == 0 with input as docs.image({})
}

test_missing_config_is_not_judged if {
	count(policy.deny) == 0 with input as docs.image({"config": null})
	count(policy.deny) == 0 with input as docs.empty
}
