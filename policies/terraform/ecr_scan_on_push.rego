# METADATA
# title: ECR repositories scan images on push
# description: Without scanning on push, images with known vulnerabilities are stored and deployed without anyone being told.
# custom:
#   id: TG-AWS-ECR-002
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["RA-5"]}
#   remediation: |
#     Scan every image when it is pushed (or turn on registry-wide scanning with
#     aws_ecr_registry_scanning_configuration):
#       resource "aws_ecr_repository" "app" {
#         name = "app"
#         image_scanning_configuration {
#           scan_on_push = true
#         }
#       }
package tollgate.terraform.ecr_scan_on_push

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_ecr_repository")
	managed(r)
	not unknown_along(attributes(r), ["image_scanning_configuration", 0, "scan_on_push"])
	not_enabled(object.get(attributes(r), ["image_scanning_configuration", 0, "scan_on_push"], null))
	not registry_scans_everything
	finding := {
		"resource": r.address,
		"path": ["image_scanning_configuration", 0, "scan_on_push"],
		"message": sprintf("ECR repository %s does not scan images for vulnerabilities when they are pushed.", [r.address]),
	}
}

# registry_scans_everything holds when a registry scanning configuration in the same
# module scans every repository on push or continuously, which overrides the repository
# setting.
registry_scans_everything if {
	some config in lib.resources("aws_ecr_registry_scanning_configuration")
	some rule in lib.as_list(attributes(config).rule)
	rule.scan_frequency in {"SCAN_ON_PUSH", "CONTINUOUS_SCAN"}
	some filter in lib.as_list(rule.repository_filter)
	filter.filter == "*"
}

# unknown_along(x, path) holds when some step of path inside x is an unknown value.
unknown_along(x, path) if {
	some n in numbers.range(1, count(path))
	lib.is_unknown(object.get(x, array.slice(path, 0, n), null))
}

# attributes(r) is the resource's attributes, {} when it has none.
attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)

# managed(r) leaves out data sources, which only read existing infrastructure.
managed(r) if {
	not r.mode == "data"
}

# is_true(x) is a known true, as a boolean or as the string HCL coerces to one.
is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}

# not_enabled(x) is true when x is known and not true; an absent setting (null) counts.
not_enabled(x) if {
	not lib.is_unknown(x)
	not is_true(x)
}
