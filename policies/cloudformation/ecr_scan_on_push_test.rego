package tollgate.cloudformation.ecr_scan_on_push_test

import rego.v1

repository(properties) := {
	"address": "AppRepository",
	"type": "AWS::ECR::Repository",
	"name": "AppRepository",
	"attributes": properties,
}

doc(resources) := {"kind": "cloudformation", "path": "template.json", "parameters": {}, "conditions": {}, "resources": resources}

test_no_scanning_configuration_fails if {
	input_doc := doc([repository({"RepositoryName": "app"})])
	findings := data.tollgate.cloudformation.ecr_scan_on_push.deny with input as input_doc
	count(findings) == 1
	some f in findings
	f.resource == "AppRepository"
	f.path == ["ImageScanningConfiguration", "ScanOnPush"]
}

test_scan_on_push_string_false_fails if {
	input_doc := doc([repository({"ImageScanningConfiguration": {"ScanOnPush": "false"}})])
	count(data.tollgate.cloudformation.ecr_scan_on_push.deny) == 1 with input as input_doc
}

test_scan_on_push_passes if {
	input_doc := doc([repository({"ImageScanningConfiguration": {"ScanOnPush": true}})])
	count(data.tollgate.cloudformation.ecr_scan_on_push.deny) == 0 with input as input_doc
}

test_registry_wide_scanning_passes if {
	registry := {
		"address": "RegistryScanning",
		"type": "AWS::ECR::RegistryScanningConfiguration",
		"name": "RegistryScanning",
		"attributes": {
			"ScanType": "BASIC",
			"Rules": [{
				"ScanFrequency": "SCAN_ON_PUSH",
				"RepositoryFilters": [{"Filter": "*", "FilterType": "WILDCARD"}],
			}],
		},
	}
	input_doc := doc([repository({"RepositoryName": "app"}), registry])
	count(data.tollgate.cloudformation.ecr_scan_on_push.deny) == 0 with input as input_doc
}

test_scan_on_push_unknown_passes if {
	input_doc := doc([repository({"ImageScanningConfiguration": {"ScanOnPush": {"__unknown__": "ScanOnPush"}}})])
	count(data.tollgate.cloudformation.ecr_scan_on_push.deny) == 0 with input as input_doc
}
