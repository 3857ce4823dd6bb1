package tollgate.cloudformation.cloudtrail_multi_region_test

import rego.v1

trail(properties) := {
	"kind": "cloudformation",
	"path": "template.yaml",
	"parameters": {},
	"conditions": {},
	"resources": [{
		"address": "Trail",
		"type": "AWS::CloudTrail::Trail",
		"name": "Trail",
		"attributes": properties,
	}],
}

test_single_region_by_default_fails if {
	doc := trail({"IsLogging": true, "S3BucketName": "logs"})
	findings := data.tollgate.cloudformation.cloudtrail_multi_region.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "Trail"
	f.path == ["IsMultiRegionTrail"]
}

test_single_region_explicit_fails if {
	doc := trail({"IsLogging": true, "IsMultiRegionTrail": false})
	count(data.tollgate.cloudformation.cloudtrail_multi_region.deny) == 1 with input as doc
}

test_multi_region_passes if {
	doc := trail({"IsLogging": true, "IsMultiRegionTrail": true})
	count(data.tollgate.cloudformation.cloudtrail_multi_region.deny) == 0 with input as doc
}

test_multi_region_string_passes if {
	doc := trail({"IsLogging": true, "IsMultiRegionTrail": "true"})
	count(data.tollgate.cloudformation.cloudtrail_multi_region.deny) == 0 with input as doc
}

test_multi_region_unknown_passes if {
	doc := trail({"IsLogging": true, "IsMultiRegionTrail": {"__unknown__": "MultiRegion"}})
	count(data.tollgate.cloudformation.cloudtrail_multi_region.deny) == 0 with input as doc
}
