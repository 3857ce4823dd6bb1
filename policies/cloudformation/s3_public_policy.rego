# METADATA
# title: S3 bucket policies do not allow any principal
# description: A bucket policy statement that allows any principal (*) without a condition opens the bucket to the whole internet for the actions it grants, whatever the ACLs say.
# custom:
#   id: TG-AWS-S3-007
#   severity: critical
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AC-3"]}
#   remediation: |
#     Grant named principals, or restrict the statement with a condition such as the reading CloudFront distribution:
#       SiteBucketPolicy:
#         Type: AWS::S3::BucketPolicy
#         Properties:
#           Bucket: !Ref SiteBucket
#           PolicyDocument:
#             Version: "2012-10-17"
#             Statement:
#               - Effect: Allow
#                 Principal:
#                   Service: cloudfront.amazonaws.com
#                 Action: s3:GetObject
#                 Resource: !Sub "${SiteBucket.Arn}/*"
#                 Condition:
#                   StringEquals:
#                     AWS:SourceArn: !Sub "arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}"
package tollgate.cloudformation.s3_public_policy

import rego.v1

import data.tollgate.lib

# policy_properties maps each resource type checked to the property holding its policy.
policy_properties := {"AWS::S3::BucketPolicy": "PolicyDocument"}

deny contains finding if {
	some r in input.resources
	property := policy_properties[r.type]
	is_object(r.attributes)
	some statement in statements(r.attributes[property], [property])
	public(statement.body)
	finding := {
		"resource": r.address,
		"path": statement.path,
		"message": sprintf("S3 bucket policy %s allows any principal (*) without a condition.", [r.address]),
	}
}

# public(s): statement s allows any principal and sets no condition.
public(s) if {
	is_object(s)
	s.Effect == "Allow"
	any_principal(s.Principal)
	not conditioned(s.Condition)
}

any_principal(p) if p == "*"

any_principal(p) if {
	is_object(p)
	"*" in lib.as_list(p.AWS)
}

# conditioned(c): a Condition that restricts the statement, or one that cannot be known.
conditioned(c) if {
	c != null
	c != {}
	c != []
}

# statements(doc, base) is the set of {path, body} of the statements in policy document doc
# (an object or a JSON string) found at path base.
statements(doc, base) := listed | single | encoded if {
	listed := {{"path": array.concat(base, ["Statement", i]), "body": s} |
		is_object(doc)
		is_array(doc.Statement)
		some i, s in doc.Statement
	}
	single := {{"path": array.concat(base, ["Statement"]), "body": doc.Statement} |
		is_object(doc)
		is_object(doc.Statement)
	}
	encoded := {{"path": base, "body": s} |
		is_string(doc)
		parsed := lib.json_document(doc)
		is_object(parsed)
		some s in lib.as_list(parsed.Statement)
	}
}
