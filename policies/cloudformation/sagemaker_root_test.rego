package tollgate.cloudformation.sagemaker_root_test

import rego.v1

import data.tollgate.cloudformation.sagemaker_root as policy

notebook(props) := {"address": "Research", "type": "AWS::SageMaker::NotebookInstance", "name": "Research", "attributes": props, "refs": []}

test_root_enabled_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [notebook({"InstanceType": "ml.t3.medium", "RootAccess": "Enabled"})]}
	count(findings) == 1
	some f in findings
	f.path == ["RootAccess"]
}

test_default_fails if {
	count(policy.deny) == 1 with input as {"kind": "cloudformation", "resources": [notebook({"InstanceType": "ml.t3.medium"})]}
}

test_disabled_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [notebook({"InstanceType": "ml.t3.medium", "RootAccess": "Disabled"})]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [notebook({"InstanceType": "ml.t3.medium", "RootAccess": {"__unknown__": "Fn::If Admin"}})]}
}
