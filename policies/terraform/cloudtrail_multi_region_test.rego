package tollgate.terraform.cloudtrail_multi_region_test

import rego.v1

trail(attributes) := {
	"kind": "terraform",
	"path": ".",
	"resources": [{
		"address": "aws_cloudtrail.main",
		"type": "aws_cloudtrail",
		"name": "main",
		"mode": "managed",
		"attributes": attributes,
	}],
}

test_single_region_by_default_fails if {
	doc := trail({"name": "main", "s3_bucket_name": "logs"})
	findings := data.tollgate.terraform.cloudtrail_multi_region.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "aws_cloudtrail.main"
	f.path == ["is_multi_region_trail"]
}

test_single_region_explicit_fails if {
	doc := trail({"name": "main", "is_multi_region_trail": false})
	count(data.tollgate.terraform.cloudtrail_multi_region.deny) == 1 with input as doc
}

test_multi_region_passes if {
	doc := trail({"name": "main", "is_multi_region_trail": true})
	count(data.tollgate.terraform.cloudtrail_multi_region.deny) == 0 with input as doc
}

test_multi_region_unknown_passes if {
	doc := trail({"name": "main", "is_multi_region_trail": {"__unknown__": "var.multi_region"}})
	count(data.tollgate.terraform.cloudtrail_multi_region.deny) == 0 with input as doc
}

test_data_source_passes if {
	doc := {"kind": "terraform", "path": ".", "resources": [{
		"address": "data.aws_cloudtrail.existing",
		"type": "aws_cloudtrail",
		"name": "existing",
		"mode": "data",
		"attributes": {},
	}]}
	count(data.tollgate.terraform.cloudtrail_multi_region.deny) == 0 with input as doc
}
