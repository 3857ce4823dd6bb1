# METADATA
# title: API Gateway caches are encrypted
# description: Responses cached by API Gateway can hold personal data and tokens; with caching on and cache_data_encrypted off they are stored unencrypted. Method settings of a stage known to have no cache cluster cache nothing and are not reported.
# custom:
#   id: TG-AWS-APIGW-004
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-28"]}
#   remediation: |
#     Encrypt the cached responses:
#       resource "aws_api_gateway_method_settings" "all" {
#         rest_api_id = aws_api_gateway_rest_api.api.id
#         stage_name  = aws_api_gateway_stage.prod.stage_name
#         method_path = "*/*"
#         settings {
#           caching_enabled      = true
#           cache_data_encrypted = true
#         }
#       }
package tollgate.terraform.apigw_cache_encryption

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_api_gateway_method_settings")
	some i, s in items(r.attributes.settings)
	is_object(s)
	is_true(s.caching_enabled)
	encrypted := object.get(s, "cache_data_encrypted", null)
	not lib.is_unknown(encrypted)
	not is_true(encrypted)
	not without_cache_cluster(r)
	finding := {
		"resource": r.address,
		"path": ["settings", i, "cache_data_encrypted"],
		"message": sprintf("%s caches responses without encrypting the cache (cache_data_encrypted is not true).", [r.address]),
	}
}

# without_cache_cluster(r): the settings' stage is in the document and has no cache cluster.
without_cache_cluster(r) if {
	some stage in managed("aws_api_gateway_stage")
	settings_for(r, stage)
	cluster := object.get(stage.attributes, "cache_cluster_enabled", null)
	not lib.is_unknown(cluster)
	not is_true(cluster)
}

# settings_for(r, stage): the method settings name the stage, by reference or by its name in the same API.
settings_for(r, stage) if same_resource(r.attributes.stage_name.__ref__, stage.address)

settings_for(r, stage) if {
	is_string(r.attributes.stage_name)
	r.attributes.stage_name == stage.attributes.stage_name
	same_api(r.attributes.rest_api_id, stage.attributes.rest_api_id)
}

same_api(a, b) if {
	is_string(a.__ref__)
	a.__ref__ == b.__ref__
}

same_api(a, b) if {
	is_string(a)
	a == b
}

# same_resource(ref, address): ref names the resource at address, or all instances of its count/for_each.
same_resource(ref, address) if ref == address

same_resource(ref, address) if ref == regex.replace(address, `\[[^\]]*\]$`, "")

# is_true(x) is a known true, as a boolean or as the string HCL coerces to one.
is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}

# managed(t) is the set of managed (not data) resources of type t.
managed(t) := {r | some r in input.resources; r.type == t; object.get(r, "mode", "managed") == "managed"; is_object(r.attributes)}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
