package tollgate.repository.ci_runs_tests_test

import rego.v1

test_missing_evidence_fails if {
	count(data.tollgate.repository.ci_runs_tests.deny) == 1 with input as {"pipelines": [{"runs_on_change": true, "jobs": [{"activities": {"test": false}}]}]}
}

test_evidence_passes if {
	count(data.tollgate.repository.ci_runs_tests.deny) == 0 with input as {"pipelines": [{"runs_on_change": true, "jobs": [{"activities": {"test": true}}]}]}
}

test_edge_case if {
	count(data.tollgate.repository.ci_runs_tests.deny) == 1 with input as {"pipelines": [{"runs_on_change": false, "jobs": [{"activities": {"test": true}}]}]}
}
