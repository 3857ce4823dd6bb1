package tollgate.kubernetes.secrets_in_environment_test

import rego.v1

import data.tollgate.kubernetes.documents_test as docs
import data.tollgate.kubernetes.secrets_in_environment as policy

app(env) := {"containers": [{"name": "app", "image": "ghcr.io/acme/app:1.4.2", "env": env}]}

test_literal_password_fails if {
	findings := policy.deny with input as docs.workload("Deployment", app([
		{"name": "LOG_LEVEL", "value": "info"},
		{"name": "DB_PASSWORD", "value": "hunter2-prod"},
	]))
	count(findings) == 1
	some f in findings
	f.resource == "Deployment/prod/web"
	f.path == ["spec", "template", "spec", "containers", 0, "env", 1, "value"]
	contains(f.message, "DB_PASSWORD")
	not contains(f.message, "hunter2")
}

test_every_secret_name_fails if {
	count(policy.deny) == 9 with input as docs.workload("StatefulSet", app([
		{"name": "password", "value": "a1"},
		{"name": "SMTP_PASSWD", "value": "a2"},
		{"name": "CLIENT_SECRET", "value": "a3"},
		{"name": "GithubToken", "value": "a4"},
		{"name": "STRIPE_API_KEY", "value": "a5"},
		{"name": "MAPS_APIKEY", "value": "a6"},
		{"name": "AWS_ACCESS_KEY_ID", "value": "AKIAEXAMPLE"},
		{"name": "TLS_PRIVATE_KEY", "value": "-----BEGIN PRIVATE KEY-----"},
		{"name": "DB_CREDENTIALS", "value": "user:pass"},
	]))
}

test_init_container_in_cronjob_fails if {
	findings := policy.deny with input as docs.workload("CronJob", {
		"initContainers": [{"name": "fetch", "image": "curlimages/curl:8.7.1", "env": [{"name": "API_TOKEN", "value": "tok_live_123"}]}],
		"containers": [{"name": "job", "image": "acme/job:1.0"}],
	})
	count(findings) == 1
	some f in findings
	f.path == ["spec", "jobTemplate", "spec", "template", "spec", "initContainers", 0, "env", 0, "value"]
}

test_secret_references_pass if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", app([
		{"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}}},
		{"name": "DB_PASSWORD_FILE", "value": "/run/secrets/db/password"},
		{"name": "TOKEN_URL", "value": "https://auth.example.com/oauth/token"},
		{"name": "API_TOKEN", "value": "$(SHARED_TOKEN)"},
		{"name": "CLIENT_SECRET", "value": "${CLIENT_SECRET}"},
		{"name": "REQUIRE_PASSWORD", "value": "true"},
		{"name": "ADMIN_PASSWORD", "value": ""},
		{"name": "LOG_LEVEL", "value": "debug"},
		{"name": "TOKEN_TTL", "value": "3600"},
		{"name": "DB_PASSWORD_SECRET_NAME", "value": "billing-db"},
		{"name": "OIDC_TOKEN_ENDPOINT", "value": "https://id.example.com/token"},
	]))
}

test_odd_env_entries_pass if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", app([
		{"name": "SECRET", "value": 42},
		{"name": "TOKEN", "value": null},
		{"name": "PASSWORD", "value": {"__unknown__": "values.password"}},
		{"value": "no-name"},
		"PASSWORD=x",
	]))
	count(policy.deny) == 0 with input as docs.workload("Deployment", app(null))
	count(policy.deny) == 0 with input as docs.workload("Deployment", app({"PASSWORD": "x"}))
}

test_empty_document_passes if {
	count(policy.deny) == 0 with input as docs.empty
}
