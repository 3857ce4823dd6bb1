package tollgate.compose.secrets_in_environment_test

import rego.v1

import data.tollgate.compose.documents_test as docs
import data.tollgate.compose.secrets_in_environment as policy

test_literal_password_in_map_fails if {
	findings := policy.deny with input as docs.compose({"db": {
		"image": "postgres:16.2",
		"environment": {"POSTGRES_USER": "app", "POSTGRES_PASSWORD": "s3cr3t-prod"},
	}})
	count(findings) == 1
	some f in findings
	f.resource == "services.db"
	f.path == ["environment", "POSTGRES_PASSWORD"]
	contains(f.message, "POSTGRES_PASSWORD")
	not contains(f.message, "s3cr3t")
}

test_literal_token_in_list_fails if {
	findings := policy.deny with input as docs.compose({"app": {
		"image": "acme/app:1.0",
		"environment": ["LOG_LEVEL=info", "GITHUB_TOKEN=ghp_0123456789abcdef", "AWS_ACCESS_KEY_ID=AKIAEXAMPLE"],
	}})
	count(findings) == 2
	{f.path | some f in findings} == {["environment", 1], ["environment", 2]}
}

test_every_secret_name_fails if {
	count(policy.deny) == 9 with input as docs.compose({"app": {"image": "acme/app:1.0", "environment": {
		"password": "a1",
		"SMTP_PASSWD": "a2",
		"CLIENT_SECRET": "a3",
		"GithubToken": "a4",
		"STRIPE_API_KEY": "a5",
		"MAPS_APIKEY": "a6",
		"MINIO_ACCESS_KEY": "a7",
		"JWT_PRIVATE_KEY": "a8",
		"GOOGLE_CREDENTIALS": "a9",
	}}})
}

test_references_and_pointers_pass if {
	count(policy.deny) == 0 with input as docs.compose({"app": {"image": "acme/app:1.0", "environment": {
		"POSTGRES_PASSWORD_FILE": "/run/secrets/db_password",
		"API_TOKEN": "${API_TOKEN}",
		"CLIENT_SECRET": "${CLIENT_SECRET:?required}",
		"GITHUB_TOKEN": "$GITHUB_TOKEN",
		"TOKEN_URL": "https://auth.example.com/token",
		"REDIS_PASSWORD": "",
		"REQUIRE_PASSWORD": "false",
		"LOG_LEVEL": "debug",
	}}})
}

test_settings_about_secrets_pass if {
	count(policy.deny) == 0 with input as docs.compose({"app": {"image": "acme/app:1.0", "environment": {
		"TOKEN_TTL": "3600",
		"SESSION_SECRET_LENGTH": "64",
		"PASSWORD_RESET_TIMEOUT": "15m",
		"API_TOKEN_HEADER": "X-Api-Token",
		"JWT_SECRET_ALGORITHM": "HS256",
		"ENABLE_TOKEN_AUTH": "true",
	}}})
}

test_numeric_password_fails if {
	count(policy.deny) == 1 with input as docs.compose({"db": {"image": "mysql:8.4", "environment": {"MYSQL_ROOT_PASSWORD": "123456"}}})
}

test_pass_through_variable_passes if {
	count(policy.deny) == 0 with input as docs.compose({"app": {"image": "acme/app:1.0", "environment": ["DB_PASSWORD", "API_KEY="]}})
}

test_odd_values_pass if {
	count(policy.deny) == 0 with input as docs.compose({"app": {"image": "acme/app:1.0", "environment": {
		"SECRET_NUMBER": 1234,
		"TOKEN": null,
		"PASSWORD": {"__unknown__": "${PASSWORD}"},
	}}})
	count(policy.deny) == 0 with input as {"kind": "compose", "path": "docker-compose.yml", "resources": [], "services": [
		{"name": "a", "address": "services.a", "image_ref": null, "environment": null, "volumes": []},
		{"name": "b", "address": "services.b", "image_ref": null, "environment": ["PASSWORD=x"], "volumes": []},
	]}
}

test_unmatched_written_form_points_at_environment if {
	findings := policy.deny with input as {"kind": "compose", "path": "docker-compose.yml", "resources": [
		{"address": "services.a", "type": "service", "name": "a", "file": "docker-compose.yml", "attributes": {"image": "acme/app:1.0", "env_file": ".env"}},
	], "services": [{"name": "a", "address": "services.a", "image_ref": null, "environment": {"DB_PASSWORD": "x1"}, "volumes": []}]}
	count(findings) == 1
	some f in findings
	f.path == ["environment"]
}

test_empty_document_passes if {
	count(policy.deny) == 0 with input as docs.empty
}
