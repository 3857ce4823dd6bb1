package tollgate.repository.infrastructure_as_code_test

import rego.v1

test_missing_evidence_fails if {
	count(data.tollgate.repository.infrastructure_as_code.deny) == 1 with input as {"documents": {"dockerfile": 1}}
}

test_evidence_passes if {
	count(data.tollgate.repository.infrastructure_as_code.deny) == 0 with input as {"documents": {"terraform": 2}}
}

test_edge_case if {
	count(data.tollgate.repository.infrastructure_as_code.deny) == 1 with input as {"documents": {}}
}
