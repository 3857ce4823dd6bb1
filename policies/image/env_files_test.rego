package tollgate.image.env_files_test

import rego.v1

import data.tollgate.image.env_files as policy
import data.tollgate.image.documents_test as docs

test_env_files_fail if {
	findings := policy.deny with input as docs.image({"files": {"env_files": [{"path": "/app/.env"}, {"path": "/app/config/production.env"}]}})
	count(findings) == 2
	some f in findings
	f.path == ["files", "env_files", 0]
	contains(f.message, "/app/.env")
}

test_examples_and_templates_pass if {
	count(policy.deny) == 0 with input as docs.image({})
	count(policy.deny) == 0 with input as docs.image({"files": {"env_files": [
		{"path": "/app/example.env"},
		{"path": "/app/.env.example.env"},
		{"path": "/usr/share/app/sample.env"},
		{"path": "/opt/app/template.env"},
	]}})
}

test_names_containing_example_words_still_fail if {
	count(policy.deny) == 1 with input as docs.image({"files": {"env_files": [{"path": "/srv/examples/templates/prod.env"}]}})
}

test_odd_file_lists_are_not_judged if {
	count(policy.deny) == 0 with input as docs.image({"files": {"env_files": "/app/.env"}})
	count(policy.deny) == 0 with input as docs.empty
}
