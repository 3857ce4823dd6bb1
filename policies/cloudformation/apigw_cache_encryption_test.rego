package tollgate.cloudformation.apigw_cache_encryption_test

import rego.v1

import data.tollgate.cloudformation.apigw_cache_encryption as cache

res(type, props) := {"address": "Prod", "type": type, "name": "Prod", "attributes": props, "refs": []}

test_unencrypted_method_cache_fails if {
	findings := cache.deny with input as {"kind": "cloudformation", "resources": [res("AWS::ApiGateway::Stage", {
		"CacheClusterEnabled": true,
		"MethodSettings": [{"ResourcePath": "/*", "HttpMethod": "*", "CachingEnabled": true, "CacheDataEncrypted": false}],
	})]}
	count(findings) == 1
	some f in findings
	f.path == ["MethodSettings", 0, "CacheDataEncrypted"]
}

test_deployment_stage_cache_fails if {
	findings := cache.deny with input as {"kind": "cloudformation", "resources": [res("AWS::ApiGateway::Deployment", {
		"StageName": "prod",
		"StageDescription": {"CacheClusterEnabled": "true", "CachingEnabled": true},
	})]}
	count(findings) == 1
	some f in findings
	f.path == ["StageDescription", "CacheDataEncrypted"]
}

test_encrypted_or_no_cluster_passes if {
	count(cache.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		res("AWS::ApiGateway::Stage", {"CacheClusterEnabled": true, "MethodSettings": [{"CachingEnabled": true, "CacheDataEncrypted": "true"}]}),
		res("AWS::ApiGateway::Stage", {"MethodSettings": [{"CachingEnabled": true}]}),
		res("AWS::ApiGateway::Deployment", {"StageName": "prod", "StageDescription": {"CachingEnabled": true}}),
	]}
}

test_unknown_not_reported if {
	count(cache.deny) == 0 with input as {"kind": "cloudformation", "resources": [
		res("AWS::ApiGateway::Stage", {"CacheClusterEnabled": true, "MethodSettings": [{"CachingEnabled": true, "CacheDataEncrypted": {"__unknown__": "Ref Encrypt"}}]}),
		res("AWS::ApiGateway::Stage", {"CacheClusterEnabled": true, "MethodSettings": {"__unknown__": "Fn::If"}}),
	]}
}
