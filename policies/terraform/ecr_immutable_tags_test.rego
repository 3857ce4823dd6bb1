package tollgate.terraform.ecr_immutable_tags_test

import rego.v1

repository(attributes) := {
	"kind": "terraform",
	"path": ".",
	"resources": [{
		"address": "aws_ecr_repository.app",
		"type": "aws_ecr_repository",
		"name": "app",
		"mode": "managed",
		"attributes": attributes,
	}],
}

test_default_mutable_fails if {
	doc := repository({"name": "app"})
	findings := data.tollgate.terraform.ecr_immutable_tags.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "aws_ecr_repository.app"
	f.path == ["image_tag_mutability"]
}

test_explicit_mutable_fails if {
	doc := repository({"name": "app", "image_tag_mutability": "MUTABLE"})
	count(data.tollgate.terraform.ecr_immutable_tags.deny) == 1 with input as doc
}

test_immutable_passes if {
	doc := repository({"name": "app", "image_tag_mutability": "IMMUTABLE"})
	count(data.tollgate.terraform.ecr_immutable_tags.deny) == 0 with input as doc
}

test_immutable_with_exclusion_passes if {
	doc := repository({"name": "app", "image_tag_mutability": "IMMUTABLE_WITH_EXCLUSION"})
	count(data.tollgate.terraform.ecr_immutable_tags.deny) == 0 with input as doc
}

test_mutability_unknown_passes if {
	doc := repository({"name": "app", "image_tag_mutability": {"__unknown__": "var.tag_mutability"}})
	count(data.tollgate.terraform.ecr_immutable_tags.deny) == 0 with input as doc
}
