package tollgate.repository.health_checks_test

import rego.v1

test_missing_evidence_fails if {
	count(data.tollgate.repository.health_checks.deny) == 1 with input as {"workloads": 2, "documents": {}, "healthchecks": {"kubernetes": 0}}
}

test_evidence_passes if {
	count(data.tollgate.repository.health_checks.deny) == 0 with input as {"workloads": 2, "documents": {}, "healthchecks": {"kubernetes": 1}}
}

test_edge_case if {
	count(data.tollgate.repository.health_checks.deny) == 0 with input as {"workloads": 0, "documents": {}, "healthchecks": {}}
}
