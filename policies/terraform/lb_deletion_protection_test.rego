package tollgate.terraform.lb_deletion_protection_test

import rego.v1

lb(resource_type, attributes) := {
	"kind": "terraform",
	"path": ".",
	"resources": [{
		"address": sprintf("%s.app", [resource_type]),
		"type": resource_type,
		"name": "app",
		"mode": "managed",
		"attributes": attributes,
	}],
}

test_protection_missing_fails if {
	doc := lb("aws_lb", {"name": "app", "load_balancer_type": "application"})
	findings := data.tollgate.terraform.lb_deletion_protection.deny with input as doc
	count(findings) == 1
	some f in findings
	f.resource == "aws_lb.app"
	f.path == ["enable_deletion_protection"]
}

test_protection_false_on_alb_alias_fails if {
	doc := lb("aws_alb", {"name": "app", "enable_deletion_protection": false})
	count(data.tollgate.terraform.lb_deletion_protection.deny) == 1 with input as doc
}

test_protection_true_passes if {
	doc := lb("aws_lb", {"name": "app", "enable_deletion_protection": true})
	count(data.tollgate.terraform.lb_deletion_protection.deny) == 0 with input as doc
}

test_protection_unknown_passes if {
	doc := lb("aws_lb", {"name": "app", "enable_deletion_protection": {"__unknown__": "var.deletion_protection"}})
	count(data.tollgate.terraform.lb_deletion_protection.deny) == 0 with input as doc
}
