package tollgate.cloudformation.codebuild_env_secrets_test

import rego.v1

import data.tollgate.cloudformation.codebuild_env_secrets as policy

project(variables) := {"address": "Deploy", "type": "AWS::CodeBuild::Project", "name": "Deploy", "refs": [], "attributes": {"Environment": {
	"Image": "aws/codebuild/standard:7.0",
	"EnvironmentVariables": variables,
}}}

test_literal_token_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [project([
		{"Name": "STAGE", "Value": "prod"},
		{"Name": "SONAR_TOKEN", "Value": "fixture-sonar-value"},
	])]}
	count(findings) == 1
	some f in findings
	f.path == ["Environment", "EnvironmentVariables", 1, "Value"]
	not contains(f.message, "fixture-sonar-value")
}

test_dynamic_reference_in_plaintext_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [project([{"Name": "DEPLOY_KEY", "Type": "PLAINTEXT", "Value": "{{resolve:secretsmanager:ci/deploy:SecretString:key}}"}])]}
	count(findings) == 1
	some f in findings
	contains(f.message, "resolves a Secrets Manager secret")
}

test_secret_store_types_pass if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [project([
		{"Name": "DB_PASSWORD", "Type": "SECRETS_MANAGER", "Value": "prod/db:password"},
		{"Name": "API_KEY", "Type": "PARAMETER_STORE", "Value": "/ci/api-key"},
		{"Name": "DB_SECRET_ARN", "Value": "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db"},
	])]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		project([{"Name": "DB_PASSWORD", "Value": {"__unknown__": "Ref DbPassword"}}]),
		project({"__unknown__": "Fn::If IsProd"}),
	]}
}
