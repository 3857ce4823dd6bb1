# METADATA
# title: CloudTrail trails validate log file integrity
# description: Without log file validation CloudTrail writes no signed digest files, so a log altered or deleted after delivery cannot be detected.
# custom:
#   id: TG-AWS-CT-001
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {cis-aws-foundations: ["3.2"], nist-800-53: ["AU-9"]}
#   remediation: |
#     Turn on log file validation on the trail:
#       Trail:
#         Type: AWS::CloudTrail::Trail
#         Properties:
#           IsLogging: true
#           S3BucketName: !Ref TrailBucket
#           EnableLogFileValidation: true
package tollgate.cloudformation.cloudtrail_log_validation

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::CloudTrail::Trail")
	not_enabled(object.get(attributes(r), "EnableLogFileValidation", null))
	finding := {
		"resource": r.address,
		"path": ["EnableLogFileValidation"],
		"message": sprintf("CloudTrail trail %s does not validate its log files, so altered or deleted logs go unnoticed.", [r.address]),
	}
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
