package tollgate.terraform.apigw_cache_encryption_test

import rego.v1

import data.tollgate.terraform.apigw_cache_encryption as cache

stage_ref := {"__unknown__": "aws_api_gateway_stage.prod.stage_name", "__ref__": "aws_api_gateway_stage.prod"}

method_settings(stage_name, settings) := {"address": "aws_api_gateway_method_settings.all", "type": "aws_api_gateway_method_settings", "name": "all", "mode": "managed", "attributes": {"stage_name": stage_name, "method_path": "*/*", "settings": [settings]}, "refs": []}

stage(attrs) := {"address": "aws_api_gateway_stage.prod", "type": "aws_api_gateway_stage", "name": "prod", "mode": "managed", "attributes": attrs, "refs": []}

test_unencrypted_cache_fails if {
	findings := cache.deny with input as {"kind": "terraform", "resources": [
		stage({"stage_name": "prod", "cache_cluster_enabled": true, "cache_cluster_size": "0.5"}),
		method_settings(stage_ref, {"caching_enabled": true}),
	]}
	count(findings) == 1
	some f in findings
	f.path == ["settings", 0, "cache_data_encrypted"]
}

test_stage_outside_document_fails if {
	count(cache.deny) == 1 with input as {"kind": "terraform", "resources": [method_settings("prod", {"caching_enabled": "true", "cache_data_encrypted": false})]}
}

test_encrypted_cache_passes if {
	count(cache.deny) == 0 with input as {"kind": "terraform", "resources": [method_settings("prod", {"caching_enabled": true, "cache_data_encrypted": true})]}
}

test_caching_off_passes if {
	count(cache.deny) == 0 with input as {"kind": "terraform", "resources": [method_settings("prod", {"caching_enabled": false, "metrics_enabled": true})]}
}

test_stage_without_cache_cluster_passes if {
	count(cache.deny) == 0 with input as {"kind": "terraform", "resources": [
		stage({"stage_name": "prod"}),
		method_settings(stage_ref, {"caching_enabled": true}),
	]}
}

test_stage_without_cache_cluster_by_name_passes if {
	count(cache.deny) == 0 with input as {"kind": "terraform", "resources": [
		stage({"stage_name": "staging", "rest_api_id": {"__unknown__": "aws_api_gateway_rest_api.api.id", "__ref__": "aws_api_gateway_rest_api.api"}}),
		{"address": "aws_api_gateway_method_settings.staging", "type": "aws_api_gateway_method_settings", "name": "staging", "mode": "managed", "attributes": {
			"rest_api_id": {"__unknown__": "aws_api_gateway_rest_api.api.id", "__ref__": "aws_api_gateway_rest_api.api"},
			"stage_name": "staging",
			"settings": [{"caching_enabled": true}],
		}, "refs": []},
	]}
}

test_same_stage_name_of_other_api_fails if {
	count(cache.deny) == 1 with input as {"kind": "terraform", "resources": [
		stage({"stage_name": "staging", "rest_api_id": {"__unknown__": "aws_api_gateway_rest_api.other.id", "__ref__": "aws_api_gateway_rest_api.other"}}),
		{"address": "aws_api_gateway_method_settings.staging", "type": "aws_api_gateway_method_settings", "name": "staging", "mode": "managed", "attributes": {
			"rest_api_id": {"__unknown__": "aws_api_gateway_rest_api.api.id", "__ref__": "aws_api_gateway_rest_api.api"},
			"stage_name": "staging",
			"settings": [{"caching_enabled": true}],
		}, "refs": []},
	]}
}

test_unknown_not_reported if {
	count(cache.deny) == 0 with input as {"kind": "terraform", "resources": [
		method_settings("prod", {"caching_enabled": true, "cache_data_encrypted": {"__unknown__": "var.encrypt"}}),
		method_settings("prod", {"caching_enabled": {"__unknown__": "var.cache"}}),
	]}
}
