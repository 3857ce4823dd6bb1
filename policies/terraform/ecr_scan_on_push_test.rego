package tollgate.terraform.ecr_scan_on_push_test

import rego.v1

repository := {
	"address": "aws_ecr_repository.app",
	"type": "aws_ecr_repository",
	"name": "app",
	"mode": "managed",
	"attributes": {"name": "app"},
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

scanning(configuration) := object.union(repository, {"attributes": {"name": "app", "image_scanning_configuration": configuration}})

test_no_scanning_block_fails if {
	input_doc := doc([repository])
	findings := data.tollgate.terraform.ecr_scan_on_push.deny with input as input_doc
	count(findings) == 1
	some f in findings
	f.resource == "aws_ecr_repository.app"
	f.path == ["image_scanning_configuration", 0, "scan_on_push"]
}

test_scan_on_push_false_fails if {
	input_doc := doc([scanning([{"scan_on_push": false}])])
	count(data.tollgate.terraform.ecr_scan_on_push.deny) == 1 with input as input_doc
}

test_scan_on_push_passes if {
	input_doc := doc([scanning([{"scan_on_push": true}])])
	count(data.tollgate.terraform.ecr_scan_on_push.deny) == 0 with input as input_doc
}

test_registry_wide_scanning_passes if {
	registry := {
		"address": "aws_ecr_registry_scanning_configuration.this",
		"type": "aws_ecr_registry_scanning_configuration",
		"name": "this",
		"mode": "managed",
		"attributes": {
			"scan_type": "ENHANCED",
			"rule": [{
				"scan_frequency": "CONTINUOUS_SCAN",
				"repository_filter": [{"filter": "*", "filter_type": "WILDCARD"}],
			}],
		},
	}
	input_doc := doc([repository, registry])
	count(data.tollgate.terraform.ecr_scan_on_push.deny) == 0 with input as input_doc
}

test_scan_on_push_unknown_passes if {
	input_doc := doc([scanning([{"scan_on_push": {"__unknown__": "var.scan_on_push"}}])])
	count(data.tollgate.terraform.ecr_scan_on_push.deny) == 0 with input as input_doc
}

test_dynamic_scanning_block_unknown_passes if {
	input_doc := doc([scanning({"__unknown__": "var.scanning"})])
	count(data.tollgate.terraform.ecr_scan_on_push.deny) == 0 with input as input_doc
}
