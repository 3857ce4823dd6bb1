package tollgate.image.mutable_tag_test

import rego.v1

import data.tollgate.image.mutable_tag as policy
import data.tollgate.image.documents_test as docs

ref(tag, digest) := docs.image({"reference_ref": {"registry": "ghcr.io", "repository": "acme/app", "tag": tag, "digest": digest}})

test_latest_fails if {
	findings := policy.deny with input as ref("latest", null)
	count(findings) == 1
	some f in findings
	f.resource == "image"
	f.path == ["reference"]
	contains(f.message, "mutable tag latest")
}

test_no_tag_fails if {
	findings := policy.deny with input as ref(null, null)
	count(findings) == 1
	some f in findings
	contains(f.message, "without a version tag or digest")
}

test_versions_and_digests_pass if {
	count(policy.deny) == 0 with input as docs.image({})
	count(policy.deny) == 0 with input as ref("latest", "sha256:5f0c1e2a9b3d4c6e8f7a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6")
	count(policy.deny) == 0 with input as ref(null, "sha256:5f0c1e2a9b3d4c6e8f7a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6")
	count(policy.deny) == 0 with input as ref("latest-1.4", null)
}

test_unknown_reference_is_not_judged if {
	count(policy.deny) == 0 with input as docs.image({"reference_ref": null})
	count(policy.deny) == 0 with input as docs.empty
}
