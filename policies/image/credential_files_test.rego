package tollgate.image.credential_files_test

import rego.v1

import data.tollgate.image.credential_files as policy
import data.tollgate.image.documents_test as docs

test_credential_files_fail if {
	findings := policy.deny with input as docs.image({"files": {"credentials": [
		{"path": "/root/.aws/credentials", "kind": "aws"},
		{"path": "/home/app/.docker/config.json", "kind": "docker"},
	]}})
	count(findings) == 2
	some f in findings
	f.path == ["files", "credentials", 0]
	contains(f.message, "aws credential file /root/.aws/credentials")
}

test_credential_file_of_unknown_kind_fails if {
	findings := policy.deny with input as docs.image({"files": {"credentials": [{"path": "/app/.pypirc"}]}})
	count(findings) == 1
	some f in findings
	contains(f.message, "the credential file /app/.pypirc")
}

test_no_credential_files_pass if {
	count(policy.deny) == 0 with input as docs.image({})
}

test_odd_file_lists_are_not_judged if {
	count(policy.deny) == 0 with input as docs.image({"files": {"credentials": {"path": "/root/.aws/credentials"}}})
	count(policy.deny) == 0 with input as docs.image({"files": null})
	count(policy.deny) == 0 with input as docs.empty
}
