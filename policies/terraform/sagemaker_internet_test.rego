package tollgate.terraform.sagemaker_internet_test

import rego.v1

import data.tollgate.terraform.sagemaker_internet as policy

notebook(attrs) := {"address": "aws_sagemaker_notebook_instance.n", "type": "aws_sagemaker_notebook_instance", "name": "n", "mode": "managed", "attributes": attrs, "refs": []}

test_internet_enabled_fails if {
	findings := policy.deny with input as {"kind": "terraform", "resources": [notebook({"name": "n", "direct_internet_access": "Enabled"})]}
	count(findings) == 1
	some f in findings
	f.path == ["direct_internet_access"]
}

test_default_fails if {
	count(policy.deny) == 1 with input as {"kind": "terraform", "resources": [notebook({"name": "n", "instance_type": "ml.t3.medium"})]}
}

test_disabled_passes if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [notebook({"name": "n", "subnet_id": "subnet-1", "direct_internet_access": "Disabled"})]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "terraform", "resources": [notebook({"name": "n", "direct_internet_access": {"__unknown__": "var.internet"}})]}
}
