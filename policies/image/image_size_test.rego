package tollgate.image.image_size_test

import rego.v1

import data.tollgate.image.image_size as policy
import data.tollgate.image.documents_test as docs

test_image_over_the_limit_fails if {
	findings := policy.deny with input as docs.image({"size": 1572864000}) with data.tollgate.organization as docs.organization
	count(findings) == 1
	some f in findings
	f.resource == "image"
	f.path == ["size"]
	contains(f.message, "1500 MB")
	contains(f.message, "1024 MB")
}

test_limit_from_organization_data if {
	count(policy.deny) == 1 with input as docs.image({}) with data.tollgate.organization as {"max_image_size_mb": 50}
	count(policy.deny) == 0 with input as docs.image({}) with data.tollgate.organization as {"max_image_size_mb": 90}
}

test_images_up_to_the_limit_pass if {
	count(policy.deny) == 0 with input as docs.image({}) with data.tollgate.organization as docs.organization
	count(policy.deny) == 0 with input as docs.image({"size": 1073741824}) with data.tollgate.organization as docs.organization
}

test_missing_limit_or_size_is_not_judged if {
	count(policy.deny) == 0 with input as docs.image({"size": 1572864000}) with data.tollgate.organization as {}
	count(policy.deny) == 0 with input as docs.image({"size": 1572864000}) with data.tollgate.organization as {"max_image_size_mb": 0}
	count(policy.deny) == 0 with input as docs.image({"size": 1572864000}) with data.tollgate.organization as {"max_image_size_mb": "1024"}
	count(policy.deny) == 0 with input as docs.image({"size": null}) with data.tollgate.organization as docs.organization
	count(policy.deny) == 0 with input as docs.empty with data.tollgate.organization as docs.organization
}
