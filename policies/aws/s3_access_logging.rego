# METADATA
# title: S3 buckets log server access
# description: |
#   Without server access logging there is no record of who read, wrote or deleted objects.
#   Buckets that receive access logs (the target of another bucket's logging, or a bucket whose
#   ACL or policy lets the S3 log delivery service write to it) are not required to log themselves.
# custom:
#   id: TG-AWS-S3-005
#   severity: low
#   dimension: security
#   kinds: [aws]
#   frameworks: {nist-800-53: ["AU-2"]}
#   remediation: |
#     Send the bucket's access logs to a dedicated log bucket in the same region:
#       aws s3api put-bucket-logging --bucket BUCKET --bucket-logging-status \
#         '{"LoggingEnabled": {"TargetBucket": "LOG_BUCKET", "TargetPrefix": "BUCKET/"}}'
#     and declare it in the code that deploys the bucket (Terraform aws_s3_bucket_logging,
#     CloudFormation LoggingConfiguration).
package tollgate.aws.s3_access_logging

import rego.v1

import data.tollgate.lib

log_delivery_groups := {"logdelivery", "http://acs.amazonaws.com/groups/s3/logdelivery"}

deny contains finding if {
	some r in lib.resources("AWS::S3::Bucket")
	not logged(r)
	not log_target(r)
	finding := {
		"resource": r.address,
		"path": ["supplementary", "BucketLoggingConfiguration"],
		"message": sprintf("S3 bucket %s in %s does not log server access.", [r.name, r.region]),
	}
}

# logged(r): the bucket delivers its access logs to a bucket (AWS Config records
# destinationBucketName null when logging is off).
logged(r) if non_empty(destination(r))

destination(r) := d if {
	logging := supplementary(r).BucketLoggingConfiguration
	is_object(logging)
	d := logging.destinationBucketName
}

# log_target(b): b receives the access logs of a bucket of this account and region (S3 delivers
# them only to a bucket of the same region).
log_target(b) if {
	some other in lib.resources("AWS::S3::Bucket")
	destination(other) == bucket_name(b)
}

# The log-delivery ACL: the LogDelivery group may write.
log_target(b) if {
	acl := lib.json_document(supplementary(b).AccessControlList)
	some list in ["grantList", "grantSet", "grants"]
	some grant in items(acl[list])
	is_object(grant)
	log_delivery(grant.grantee)
}

# A bucket policy that lets the S3 logging service principal write.
log_target(b) if {
	policy := lib.json_document(supplementary(b).BucketPolicy.policyText)
	some statement in lib.as_list(policy.Statement)
	is_object(statement)
	statement.Effect == "Allow"
	"logging.s3.amazonaws.com" in lib.as_list(statement.Principal.Service)
}

log_delivery(grantee) if {
	is_string(grantee)
	lower(grantee) in log_delivery_groups
}

log_delivery(grantee) if {
	is_object(grantee)
	some key in ["groupName", "uri", "URI", "identifier", "id"]
	value := grantee[key]
	is_string(value)
	lower(value) in log_delivery_groups
}

# bucket_name(b) is the bucket's name as AWS Config records it.
bucket_name(b) := n if {
	n := b.configuration.name
	is_string(n)
} else := b.name

non_empty(x) if {
	is_string(x)
	x != ""
}

# supplementary(r) is the item's supplementary configuration, {} when it has none.
supplementary(r) := r.supplementary if is_object(r.supplementary)

supplementary(r) := {} if not is_object(r.supplementary)

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
