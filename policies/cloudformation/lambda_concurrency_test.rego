package tollgate.cloudformation.lambda_concurrency_test

import rego.v1

function(props) := {
	"address": "WorkerFunction",
	"type": "AWS::Lambda::Function",
	"name": "WorkerFunction",
	"attributes": object.union({"Runtime": "python3.12", "Handler": "worker.handler"}, props),
	"refs": [],
}

doc(resources) := {"kind": "cloudformation", "path": "template.yaml", "parameters": {}, "conditions": {}, "resources": resources}

test_no_reserved_concurrency_fails if {
	findings := data.tollgate.cloudformation.lambda_concurrency.deny with input as doc([function({})])
	count(findings) == 1
	some f in findings
	f.resource == "WorkerFunction"
	f.path == ["ReservedConcurrentExecutions"]
}

test_reserved_passes if {
	count(data.tollgate.cloudformation.lambda_concurrency.deny) == 0 with input as doc([function({"ReservedConcurrentExecutions": "25"})])
}

test_unknown_not_reported if {
	count(data.tollgate.cloudformation.lambda_concurrency.deny) == 0 with input as doc([function({"ReservedConcurrentExecutions": {"__unknown__": "Ref Concurrency"}})])
}
