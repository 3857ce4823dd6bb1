# METADATA
# title: S3 buckets are not shared through public ACLs
# description: A bucket ACL grant to the AllUsers or AuthenticatedUsers group lets anyone on the internet, or any AWS account, read or write the bucket or its ACL.
# custom:
#   id: TG-AWS-S3-004
#   severity: critical
#   dimension: security
#   kinds: [aws]
#   frameworks: {nist-800-53: ["AC-3"]}
#   remediation: |
#     Disable ACLs on the bucket (object ownership BucketOwnerEnforced), which drops every grant,
#     and share objects through CloudFront or presigned URLs instead:
#       aws s3api put-bucket-ownership-controls --bucket BUCKET \
#         --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'
#     (or aws s3api put-bucket-acl --bucket BUCKET --acl private), then remove the public ACL
#     from the code that deploys the bucket (Terraform aws_s3_bucket_ownership_controls,
#     CloudFormation OwnershipControls).
package tollgate.aws.s3_public_acl

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::S3::Bucket")
	some grant in grants(r)
	some group in public_groups(grant.body.grantee)
	finding := {
		"resource": r.address,
		"path": grant.path,
		"message": sprintf("S3 bucket %s in %s grants %s to the %s group through its ACL.", [r.name, r.region, permission(grant.body), group]),
	}
}

# grants(r) is the set of {path, body} of the grants of the bucket's ACL, recorded by AWS Config
# as supplementary AccessControlList (an object, or the JSON text it was delivered as).
grants(r) := {{"path": ["supplementary", "AccessControlList", list, i], "body": g} |
	acl := supplementary(r).AccessControlList
	is_object(acl)
	some list in ["grantList", "grantSet", "grants"]
	some i, g in items(acl[list])
	is_object(g)
} | {{"path": ["supplementary", "AccessControlList"], "body": g} |
	acl := supplementary(r).AccessControlList
	is_string(acl)
	parsed := lib.json_document(acl)
	is_object(parsed)
	some list in ["grantList", "grantSet", "grants"]
	some g in items(parsed[list])
	is_object(g)
}

# public_groups(grantee) names the public group a grantee is: AWS Config writes a group grantee
# as its name ("AllUsers"); other writers use an object with a URI, identifier or group name.
public_groups(grantee) := {group |
	is_string(grantee)
	group := public_group(grantee)
} | {group |
	is_object(grantee)
	some key in ["groupName", "uri", "URI", "identifier", "id"]
	value := grantee[key]
	is_string(value)
	group := public_group(value)
}

public_group(s) := "AllUsers" if lower(s) in {"allusers", "http://acs.amazonaws.com/groups/global/allusers"}

public_group(s) := "AuthenticatedUsers" if lower(s) in {"authenticatedusers", "http://acs.amazonaws.com/groups/global/authenticatedusers"}

permission(g) := p if {
	p := g.permission
	is_string(p)
} else := "access"

# supplementary(r) is the item's supplementary configuration, {} when it has none.
supplementary(r) := r.supplementary if is_object(r.supplementary)

supplementary(r) := {} if not is_object(r.supplementary)

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
