package tollgate.repository.ci_on_change_test

import rego.v1

test_missing_evidence_fails if {
	count(data.tollgate.repository.ci_on_change.deny) == 1 with input as {"pipelines": [{"runs_on_change": false, "jobs": []}]}
}

test_evidence_passes if {
	count(data.tollgate.repository.ci_on_change.deny) == 0 with input as {"pipelines": [{"runs_on_change": true, "jobs": []}]}
}

test_edge_case if {
	count(data.tollgate.repository.ci_on_change.deny) == 1 with input as {"pipelines": []}
}
