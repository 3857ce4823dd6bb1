# METADATA
# title: CloudTrail trails validate log file integrity
# description: Without log file validation CloudTrail writes no signed digest files, so a log altered or deleted after delivery cannot be detected.
# custom:
#   id: TG-AWS-CT-001
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {cis-aws-foundations: ["3.2"], nist-800-53: ["AU-9"]}
#   remediation: |
#     Turn on log file validation on the trail:
#       resource "aws_cloudtrail" "main" {
#         name                       = "main"
#         s3_bucket_name             = aws_s3_bucket.trail.id
#         enable_log_file_validation = true
#       }
package tollgate.terraform.cloudtrail_log_validation

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_cloudtrail")
	managed(r)
	not_enabled(object.get(attributes(r), "enable_log_file_validation", null))
	finding := {
		"resource": r.address,
		"path": ["enable_log_file_validation"],
		"message": sprintf("CloudTrail trail %s does not validate its log files, so altered or deleted logs go unnoticed.", [r.address]),
	}
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
