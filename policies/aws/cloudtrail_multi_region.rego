# METADATA
# title: CloudTrail trails record every region
# description: A single-region trail misses API activity in all other regions, including regions an attacker uses precisely because nobody watches them.
# custom:
#   id: TG-AWS-CT-002
#   severity: medium
#   dimension: security
#   kinds: [aws]
#   frameworks: {cis-aws-foundations: ["3.1"], nist-800-53: ["AU-2"]}
#   remediation: |
#     Make the trail a multi-region trail (in its home region):
#       aws cloudtrail update-trail --name TRAIL --is-multi-region-trail
#     and in the code that deploys it (Terraform aws_cloudtrail is_multi_region_trail = true,
#     CloudFormation IsMultiRegionTrail: true).
package tollgate.aws.cloudtrail_multi_region

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in trails
	not is_true(object.get(r.configuration, "isMultiRegionTrail", null))
	finding := {
		"resource": r.address,
		"path": ["configuration", "isMultiRegionTrail"],
		"message": sprintf("CloudTrail trail %s records only its own region %s, so activity in other regions is not logged.", [trail_name(r), r.region]),
	}
}

is_true(x) if x == true

is_true(x) if {
	is_string(x)
	lower(x) == "true"
}

# trails is the set of trails recorded in their home region by their own account: AWS Config
# may also record a multi-region trail in the other regions, where it cannot be changed.
trails contains r if {
	some r in lib.resources("AWS::CloudTrail::Trail")
	is_object(r.configuration)
	object.get(r.configuration, "homeRegion", r.region) in {r.region, null}
	not other_account(r)
}

other_account(r) if {
	arn := r.configuration.trailARN
	is_string(arn)
	parts := split(arn, ":")
	count(parts) > 4
	parts[4] != r.account
}

# trail_name(r) is the trail's name as AWS Config records it.
trail_name(r) := n if {
	n := r.configuration.name
	is_string(n)
} else := r.name

