package tollgate.kubernetes.secrets_in_configmap_test

import rego.v1

import data.tollgate.kubernetes.documents_test as docs
import data.tollgate.kubernetes.secrets_in_configmap as policy

test_password_in_configmap_fails if {
	findings := policy.deny with input as docs.object("ConfigMap", "web", {"data": {
		"DB_HOST": "postgres.shop.svc",
		"DB_PASSWORD": "s3cr3t-Pa55",
	}})
	count(findings) == 1
	some f in findings
	f.resource == "ConfigMap/prod/web"
	f.path == ["data", "DB_PASSWORD"]
	contains(f.message, "DB_PASSWORD")
	not contains(f.message, "s3cr3t")
}

test_several_secret_keys_fail if {
	count(policy.deny) == 3 with input as docs.object("ConfigMap", "web", {"data": {
		"stripe-api-key": "sk_live_51H8xYz",
		"oauth.clientSecret": "d41d8cd98f00b204",
		"github_token": "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
	}})
}

# Keys that describe a secret, placeholders, empty values and file paths are not secrets.
test_descriptive_keys_and_placeholders_pass if {
	count(policy.deny) == 0 with input as docs.object("ConfigMap", "web", {"data": {
		"password_min_length": "12",
		"TOKEN_TTL": "3600",
		"secretName": "web-tls",
		"JWT_SECRET_FILE": "/run/secrets/jwt",
		"DB_PASSWORD": "",
		"API_KEY": "${API_KEY}",
		"tls_private_key": "/etc/tls/private/tls.key",
		"require_token": "true",
		"LOG_LEVEL": "info",
	}})
}

test_secret_kind_and_unknown_pass if {
	count(policy.deny) == 0 with input as docs.object("Secret", "web", {"stringData": {"DB_PASSWORD": "s3cr3t-Pa55"}})
	count(policy.deny) == 0 with input as docs.object("ConfigMap", "web", {"data": {"DB_PASSWORD": {"__unknown__": "values.password"}}})
	count(policy.deny) == 0 with input as docs.object("ConfigMap", "web", {"data": null})
	count(policy.deny) == 0 with input as docs.empty
}
