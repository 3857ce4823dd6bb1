# METADATA
# title: GuardDuty protects S3 data
# description: With S3 protection turned off, GuardDuty does not analyse S3 data events, so unusual reads, exfiltration and deletions of objects are not reported.
# custom:
#   id: TG-AWS-GD-002
#   severity: low
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SI-4"]}
#   remediation: |
#     Turn on the S3 data events feature of the detector:
#       resource "aws_guardduty_detector_feature" "s3" {
#         detector_id = aws_guardduty_detector.main.id
#         name        = "S3_DATA_EVENTS"
#         status      = "ENABLED"
#       }
package tollgate.terraform.guardduty_s3

import rego.v1

import data.tollgate.lib

# The legacy datasources block of the detector.
deny contains finding if {
	some d in managed("aws_guardduty_detector")
	some i, sources in items(d.attributes.datasources)
	is_object(sources)
	some j, s3 in items(sources.s3_logs)
	is_object(s3)
	known_false(s3.enable)
	not enabled_by_feature(d)
	finding := {
		"resource": d.address,
		"path": ["datasources", i, "s3_logs", j, "enable"],
		"message": sprintf("GuardDuty detector %s does not protect S3 data (s3_logs is disabled).", [d.address]),
	}
}

deny contains finding if {
	some f in managed("aws_guardduty_detector_feature")
	f.attributes.name == "S3_DATA_EVENTS"
	is_string(f.attributes.status)
	upper(f.attributes.status) == "DISABLED"
	finding := {
		"resource": f.address,
		"path": ["status"],
		"message": sprintf("%s turns GuardDuty S3 protection off.", [f.address]),
	}
}

# enabled_by_feature(d): an S3_DATA_EVENTS feature resource that is not disabled applies, or may apply, to detector d.
enabled_by_feature(d) if {
	some f in managed("aws_guardduty_detector_feature")
	maybe_s3(f.attributes.name)
	not disabled(f.attributes.status)
	for_detector(f, d)
}

maybe_s3(name) if name == "S3_DATA_EVENTS"

maybe_s3(name) if lib.is_unknown(name)

disabled(status) if {
	is_string(status)
	upper(status) == "DISABLED"
}

# for_detector(f, d): feature f applies, or may apply, to detector d.
for_detector(f, d) if {
	some ref in items(object.get(f, "refs", []))
	same_resource(ref, d.address)
}

for_detector(f, d) if same_resource(f.attributes.detector_id.__ref__, d.address)

# A detector id that cannot be known and names no resource may be any detector's.
for_detector(f, d) if {
	lib.is_unknown(f.attributes.detector_id)
	not f.attributes.detector_id.__ref__
}

# managed(t) is the set of managed (not data) resources of type t.
managed(t) := {r | some r in input.resources; r.type == t; object.get(r, "mode", "managed") == "managed"; is_object(r.attributes)}

# HCL converts the string "false" to a boolean.
known_false(x) if x == false

known_false(x) if {
	is_string(x)
	lower(x) == "false"
}

# same_resource(ref, address): ref names the resource at address, or all instances of its count/for_each.
same_resource(ref, address) if ref == address

same_resource(ref, address) if ref == regex.replace(address, `\[[^\]]*\]$`, "")

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
