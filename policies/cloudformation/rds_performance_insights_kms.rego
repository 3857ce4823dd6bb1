# METADATA
# title: Performance Insights data is encrypted with a customer key
# description: Performance Insights keeps query text and wait statistics of the database. Without a key of its own it is encrypted with the account's default aws/rds key, whose use cannot be restricted or revoked separately from every other RDS resource.
# custom:
#   id: TG-AWS-RDS-011
#   severity: low
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-12", "SC-28"]}
#   remediation: |
#     Encrypt Performance Insights with a customer managed KMS key:
#       Database:
#         Type: AWS::RDS::DBInstance
#         Properties:
#           Engine: postgres
#           DBInstanceClass: db.t3.medium
#           EnablePerformanceInsights: true
#           PerformanceInsightsKMSKeyId: !GetAtt RdsKey.Arn
package tollgate.cloudformation.rds_performance_insights_kms

import rego.v1

import data.tollgate.lib

# The property names differ between instances and clusters.
properties := {
	"AWS::RDS::DBInstance": {"enabled": "EnablePerformanceInsights", "key": "PerformanceInsightsKMSKeyId"},
	"AWS::RDS::DBCluster": {"enabled": "PerformanceInsightsEnabled", "key": "PerformanceInsightsKmsKeyId"},
}

deny contains finding if {
	some r in input.resources
	names := properties[r.type]
	is_object(r.attributes)
	truthy(r.attributes[names.enabled])
	object.get(r.attributes, names.key, null) == null
	finding := {
		"resource": r.address,
		"path": [names.key],
		"message": sprintf("%s enables Performance Insights without %s, so its data is encrypted with the default aws/rds key.", [r.address, names.key]),
	}
}

deny contains finding if {
	some r in input.resources
	names := properties[r.type]
	is_object(r.attributes)
	truthy(r.attributes[names.enabled])
	key := r.attributes[names.key]
	aws_managed(key)
	finding := {
		"resource": r.address,
		"path": [names.key],
		"message": sprintf("%s encrypts Performance Insights with the AWS managed key %s instead of a customer managed key.", [r.address, key]),
	}
}

# aws_managed(key): a key named by the alias of the AWS managed RDS key.
aws_managed(key) if {
	is_string(key)
	contains(lower(key), "alias/aws/rds")
}

# CloudFormation accepts booleans as strings ("true").
truthy(x) if x == true

truthy(x) if {
	is_string(x)
	lower(x) == "true"
}
