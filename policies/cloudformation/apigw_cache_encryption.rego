# METADATA
# title: API Gateway caches are encrypted
# description: Responses cached by API Gateway can hold personal data and tokens; with caching on and CacheDataEncrypted off they are stored unencrypted. Stages known to have no cache cluster cache nothing and are not reported; stages created by a Deployment's StageName are checked through its StageDescription.
# custom:
#   id: TG-AWS-APIGW-004
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-28"]}
#   remediation: |
#     Encrypt the cached responses:
#       ProdStage:
#         Type: AWS::ApiGateway::Stage
#         Properties:
#           RestApiId: !Ref Api
#           DeploymentId: !Ref Deployment
#           StageName: prod
#           CacheClusterEnabled: true
#           CacheClusterSize: "0.5"
#           MethodSettings:
#             - ResourcePath: /*
#               HttpMethod: "*"
#               CachingEnabled: true
#               CacheDataEncrypted: true
package tollgate.cloudformation.apigw_cache_encryption

import rego.v1

import data.tollgate.lib

# stages: each stage description with a cache cluster that is on or cannot be known.
stages contains {"resource": r, "base": [], "stage": r.attributes} if {
	some r in lib.resources("AWS::ApiGateway::Stage")
	known_object(r.attributes)
	not no_cluster(r.attributes)
}

stages contains {"resource": r, "base": ["StageDescription"], "stage": description} if {
	some r in lib.resources("AWS::ApiGateway::Deployment")
	known_object(r.attributes)
	object.get(r.attributes, "StageName", null) != null
	description := r.attributes.StageDescription
	known_object(description)
	not no_cluster(description)
}

no_cluster(stage) if {
	cluster := object.get(stage, "CacheClusterEnabled", null)
	not lib.is_unknown(cluster)
	not is_true(cluster)
}

# settings: each place caching is switched on, with its path.
settings contains {"resource": s.resource, "path": array.concat(s.base, ["MethodSettings", i]), "setting": m} if {
	some s in stages
	some i, m in items(s.stage.MethodSettings)
	known_object(m)
}

# A deployment's StageDescription carries stage-wide caching switches of its own.
settings contains {"resource": s.resource, "path": s.base, "setting": s.stage} if {
	some s in stages
	s.base == ["StageDescription"]
}

deny contains finding if {
	some s in settings
	is_true(s.setting.CachingEnabled)
	encrypted := object.get(s.setting, "CacheDataEncrypted", null)
	not lib.is_unknown(encrypted)
	not is_true(encrypted)
	finding := {
		"resource": s.resource.address,
		"path": array.concat(s.path, ["CacheDataEncrypted"]),
		"message": sprintf("%s caches responses without encrypting the cache (CacheDataEncrypted is not true).", [s.resource.address]),
	}
}

known_object(x) if {
	is_object(x)
	not lib.is_unknown(x)
}

# is_true(x) is a known true, as a boolean or as the string templates often use.
is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
