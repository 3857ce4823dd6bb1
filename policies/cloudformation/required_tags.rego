# METADATA
# title: Resources carry the organization's required tags
# description: "Tags are how costs, ownership and environments are told apart. Every AWS resource that takes tags must carry the keys listed in the organization's required_tags (compared without regard to case). Tags that cannot be known statically are not checked, and tags set by the provider's default_tags are not visible to the scan."
# custom:
#   id: TG-ORG-001
#   severity: low
#   dimension: automation
#   kinds: [cloudformation]
#   frameworks: {}
#   remediation: |
#     Add the required tags to the resource (or pass them as stack tags when deploying):
#       DataBucket:
#         Type: AWS::S3::Bucket
#         Properties:
#           Tags:
#             - Key: owner
#               Value: payments
#             - Key: environment
#               Value: !Ref Environment
package tollgate.cloudformation.required_tags

import rego.v1

import data.tollgate.lib

# Resource types that always take tags: they are checked even when they set none.
commonly_tagged := {
	"AWS::S3::Bucket", "AWS::EC2::Instance", "AWS::RDS::DBInstance", "AWS::RDS::DBCluster",
	"AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::DynamoDB::Table", "AWS::SQS::Queue",
	"AWS::SNS::Topic", "AWS::Lambda::Function", "AWS::ECS::Service", "AWS::EKS::Cluster",
	"AWS::EC2::VPC", "AWS::KMS::Key",
}

deny contains finding if {
	count(required) > 0
	some r in input.resources
	startswith(r.type, "AWS::")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	keys := tag_keys(r)
	missing := [t | some t in required; not lower(t) in keys]
	count(missing) > 0
	finding := {
		"resource": r.address,
		"path": ["Tags"],
		"message": sprintf("%s is missing the required tags: %s.", [r.address, concat(", ", missing)]),
	}
}

# required is the organization's list of required tag keys.
required := [t | some t in items(data.tollgate.organization.required_tags); is_string(t)]

# tag_keys(r) is the set of lower-cased tag keys of r, when they are all known.
# Most types take a list of {Key, Value}.
tag_keys(r) := {lower(tag.Key) | some tag in r.attributes.Tags} if {
	is_array(r.attributes.Tags)
	every tag in r.attributes.Tags {
		is_object(tag)
		is_string(tag.Key)
	}
}

# A few types (AWS::SSM::Parameter, AWS::Glue::*) take a map.
tag_keys(r) := {lower(k) | some k, _ in r.attributes.Tags} if {
	is_object(r.attributes.Tags)
	not lib.is_unknown(r.attributes.Tags)
}

tag_keys(r) := set() if {
	not "Tags" in object.keys(r.attributes)
	r.type in commonly_tagged
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
