package tollgate.image.secrets_in_environment_test

import rego.v1

import data.tollgate.image.secrets_in_environment as policy
import data.tollgate.image.documents_test as docs

env(vars) := docs.image({"config": {"env": vars}})

test_secret_name_with_value_fails if {
	findings := policy.deny with input as env([
		{"name": "PATH", "value": "/u***", "secret_value": false},
		{"name": "API_TOKEN", "value": "zq***", "secret_value": false},
	])
	count(findings) == 1
	some f in findings
	f.resource == "image"
	f.path == ["config", "env", 1]
	contains(f.message, "API_TOKEN")
	not contains(f.message, "zq")
	not contains(f.message, "***")
}

test_credential_value_under_any_name_fails if {
	findings := policy.deny with input as env([{"name": "SETTINGS", "value": "QX***", "secret_value": true}])
	count(findings) == 1
	some f in findings
	f.path == ["config", "env", 0]
	contains(f.message, "looks like a credential")
	not contains(f.message, "QX")
}

test_both_reasons_give_one_finding if {
	count(policy.deny) == 1 with input as env([{"name": "AWS_SECRET_ACCESS_KEY", "value": "wJ***", "secret_value": true}])
}

test_names_pointing_at_files_and_empty_values_pass if {
	count(policy.deny) == 0 with input as docs.image({})
	count(policy.deny) == 0 with input as env([
		{"name": "DB_PASSWORD_FILE", "value": "/r***", "secret_value": false},
		{"name": "TLS_PRIVATE_KEY_PATH", "value": "/e***", "secret_value": false},
		{"name": "API_TOKEN", "value": "", "secret_value": false},
		{"name": "REDIS_PASSWORD", "value": null, "secret_value": false},
		{"name": "GPG_KEY", "value": "A0***", "secret_value": false},
	])
}

test_odd_environments_are_not_judged if {
	count(policy.deny) == 0 with input as env(null)
	count(policy.deny) == 0 with input as env(["API_TOKEN=abc"])
	count(policy.deny) == 0 with input as docs.image({"config": null})
	count(policy.deny) == 0 with input as docs.empty
}
