package tollgate.repository.security_scan_in_ci_test

import rego.v1

test_missing_evidence_fails if {
	count(data.tollgate.repository.security_scan_in_ci.deny) == 1 with input as {"pipelines": [{"jobs": [{"activities": {"scan": false}}]}]}
}

test_evidence_passes if {
	count(data.tollgate.repository.security_scan_in_ci.deny) == 0 with input as {"pipelines": [{"jobs": [{"activities": {"scan": true}}]}]}
}

test_edge_case if {
	count(data.tollgate.repository.security_scan_in_ci.deny) == 1 with input as {"pipelines": []}
}
