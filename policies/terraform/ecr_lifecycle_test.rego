package tollgate.terraform.ecr_lifecycle_test

import rego.v1

repository(address, name) := {
	"address": address,
	"type": "aws_ecr_repository",
	"name": "app",
	"mode": "managed",
	"attributes": {"name": name},
	"refs": [],
}

policy(repository, refs) := {
	"address": "aws_ecr_lifecycle_policy.app",
	"type": "aws_ecr_lifecycle_policy",
	"name": "app",
	"mode": "managed",
	"attributes": {"repository": repository, "policy": "{\"rules\":[]}"},
	"refs": refs,
}

doc(resources) := {"kind": "terraform", "path": ".", "resources": resources}

test_no_policy_fails if {
	findings := data.tollgate.terraform.ecr_lifecycle.deny with input as doc([repository("aws_ecr_repository.app", "acme/app")])
	count(findings) == 1
	some f in findings
	f.resource == "aws_ecr_repository.app"
	f.path == ["name"]
}

test_policy_for_another_repository_fails if {
	count(data.tollgate.terraform.ecr_lifecycle.deny) == 1 with input as doc([
		repository("aws_ecr_repository.app", "acme/app"),
		repository("aws_ecr_repository.web", "acme/web"),
		policy("acme/web", ["aws_ecr_repository.web"]),
	])
}

test_policy_by_name_passes if {
	count(data.tollgate.terraform.ecr_lifecycle.deny) == 0 with input as doc([
		repository("aws_ecr_repository.app", "acme/app"),
		policy("acme/app", ["aws_ecr_repository.app"]),
	])
}

test_policy_by_reference_passes if {
	count(data.tollgate.terraform.ecr_lifecycle.deny) == 0 with input as doc([
		repository("aws_ecr_repository.app[\"api\"]", {"__unknown__": "var.prefix"}),
		policy({"__unknown__": "aws_ecr_repository.app[each.key].name", "__ref__": "aws_ecr_repository.app"}, ["aws_ecr_repository.app"]),
	])
}

test_for_each_policies_by_name_pass if {
	count(data.tollgate.terraform.ecr_lifecycle.deny) == 0 with input as doc([
		repository("aws_ecr_repository.app[\"api\"]", "acme/api"),
		repository("aws_ecr_repository.app[\"web\"]", "acme/web"),
		object.union(policy("acme/api", ["aws_ecr_repository.app"]), {"address": "aws_ecr_lifecycle_policy.app[\"api\"]"}),
		object.union(policy("acme/web", ["aws_ecr_repository.app"]), {"address": "aws_ecr_lifecycle_policy.app[\"web\"]"}),
	])
}

test_unknown_repository_not_reported if {
	count(data.tollgate.terraform.ecr_lifecycle.deny) == 0 with input as doc([
		repository("aws_ecr_repository.app", "acme/app"),
		policy({"__unknown__": "var.repository"}, []),
	])
}
