# METADATA
# title: S3 bucket policies do not allow any principal
# description: A bucket policy statement that allows any principal (*) without a condition opens the deployed bucket to the whole internet for the actions it grants, whatever the ACLs say.
# custom:
#   id: TG-AWS-S3-007
#   severity: critical
#   dimension: security
#   kinds: [aws]
#   frameworks: {nist-800-53: ["AC-3"]}
#   remediation: |
#     Grant named principals, or restrict the statement with a condition such as the reading
#     CloudFront distribution (aws:SourceArn) or your organization (aws:PrincipalOrgID), then
#       aws s3api put-bucket-policy --bucket BUCKET --policy file://policy.json
#     (and aws s3api put-public-access-block ... BlockPublicPolicy=true,RestrictPublicBuckets=true
#     to keep it from coming back); fix the statement in the code that deploys the bucket
#     (Terraform aws_s3_bucket_policy, CloudFormation AWS::S3::BucketPolicy).
package tollgate.aws.s3_public_policy

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::S3::Bucket")
	some statement in statements(r)
	public(statement.body)
	finding := {
		"resource": r.address,
		"path": statement.path,
		"message": sprintf("S3 bucket %s in %s has a bucket policy that allows any principal (*) without a condition.", [r.name, r.region]),
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

# conditioned(c): a Condition that restricts the statement.
conditioned(c) if {
	c != null
	c != {}
	c != []
}

# statements(r) is the set of {path, body} of the statements of the bucket policy, recorded by
# AWS Config as supplementary BucketPolicy.policyText (an object, or JSON text).
statements(r) := listed | single | encoded if {
	base := ["supplementary", "BucketPolicy", "policyText"]
	doc := supplementary(r).BucketPolicy.policyText
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

# supplementary(r) is the item's supplementary configuration, {} when it has none.
supplementary(r) := r.supplementary if is_object(r.supplementary)

supplementary(r) := {} if not is_object(r.supplementary)
