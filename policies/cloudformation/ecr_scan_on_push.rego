# METADATA
# title: ECR repositories scan images on push
# description: Without scanning on push, images with known vulnerabilities are stored and deployed without anyone being told.
# custom:
#   id: TG-AWS-ECR-002
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["RA-5"]}
#   remediation: |
#     Scan every image when it is pushed (or turn on registry-wide scanning with
#     AWS::ECR::RegistryScanningConfiguration):
#       AppRepository:
#         Type: AWS::ECR::Repository
#         Properties:
#           RepositoryName: !Sub ${AWS::StackName}-app
#           ImageScanningConfiguration:
#             ScanOnPush: true
package tollgate.cloudformation.ecr_scan_on_push

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::ECR::Repository")
	not lib.is_unknown(object.get(attributes(r), "ImageScanningConfiguration", null))
	not_enabled(object.get(attributes(r), ["ImageScanningConfiguration", "ScanOnPush"], null))
	not registry_scans_everything
	finding := {
		"resource": r.address,
		"path": ["ImageScanningConfiguration", "ScanOnPush"],
		"message": sprintf("ECR repository %s does not scan images for vulnerabilities when they are pushed.", [r.address]),
	}
}

# registry_scans_everything holds when a registry scanning configuration in the same
# template scans every repository on push or continuously, which overrides the
# repository setting.
registry_scans_everything if {
	some config in lib.resources("AWS::ECR::RegistryScanningConfiguration")
	some rule in lib.as_list(attributes(config).Rules)
	rule.ScanFrequency in {"SCAN_ON_PUSH", "CONTINUOUS_SCAN"}
	some filter in lib.as_list(rule.RepositoryFilters)
	filter.Filter == "*"
}

# attributes(r) is the resource's resolved Properties, {} when it has none.
attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)

# is_true(x) is a known true, as a boolean or as the string templates often use.
is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}

# not_enabled(x) is true when x is known and not true; an absent property (null) counts.
not_enabled(x) if {
	not lib.is_unknown(x)
	not is_true(x)
}
