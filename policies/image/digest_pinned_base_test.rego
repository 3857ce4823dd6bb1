package tollgate.image.digest_pinned_base_test

import rego.v1

import data.tollgate.image.digest_pinned_base as policy
import data.tollgate.image.documents_test as docs

test_base_without_digest_fails if {
	findings := policy.deny with input as docs.image({"base": {"digest": null}})
	count(findings) == 1
	some f in findings
	f.resource == "image"
	f.path == ["base", "digest"]
	contains(f.message, "docker.io/library/debian:13-slim")
}

test_base_with_empty_digest_fails if {
	count(policy.deny) == 1 with input as docs.image({"base": {"digest": ""}})
}

test_pinned_bases_pass if {
	count(policy.deny) == 0 with input as docs.image({})
	count(policy.deny) == 0 with input as docs.image({"base": {
		"name": "docker.io/library/debian:13-slim@sha256:1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809",
		"digest": null,
	}})
}

test_unrecorded_base_is_not_judged if {
	count(policy.deny) == 0 with input as docs.image({"base": null})
	count(policy.deny) == 0 with input as docs.image({"base": {"name": null, "digest": null}})
	count(policy.deny) == 0 with input as docs.empty
}
