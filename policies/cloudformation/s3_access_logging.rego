# METADATA
# title: S3 buckets log server access
# description: Without server access logging there is no record of who read, wrote or deleted objects. Buckets that receive access logs are not required to log themselves.
# custom:
#   id: TG-AWS-S3-005
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AU-2"]}
#   remediation: |
#     Send the bucket's access logs to a dedicated log bucket:
#       DataBucket:
#         Type: AWS::S3::Bucket
#         Properties:
#           LoggingConfiguration:
#             DestinationBucketName: !Ref AccessLogsBucket
#             LogFilePrefix: data/
package tollgate.cloudformation.s3_access_logging

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::S3::Bucket")
	p := props(r)
	object.get(p, "LoggingConfiguration", null) == null
	not log_target(r)
	finding := {
		"resource": r.address,
		"path": ["LoggingConfiguration"],
		"message": sprintf("S3 bucket %s does not log server access.", [r.address]),
	}
}

# log_target(b): b receives the access logs of another bucket, or carries the log-delivery ACL.
log_target(b) if b.attributes.AccessControl == "LogDeliveryWrite"

log_target(b) if {
	some other in lib.resources("AWS::S3::Bucket")
	dest := other.attributes.LoggingConfiguration.DestinationBucketName
	names_bucket(dest, b)
}

names_bucket(x, b) if x.__ref__ == b.address

names_bucket(x, b) if {
	is_string(x)
	x == b.attributes.BucketName
}

# props(r) is the resource's Properties when they are a known object.
props(r) := p if {
	p := object.get(r, "attributes", {})
	is_object(p)
	not lib.is_unknown(p)
}
