package tollgate.repository.dependency_updates_test

import rego.v1

test_missing_evidence_fails if {
	count(data.tollgate.repository.dependency_updates.deny) == 1 with input as {"files": ["README.md"]}
}

test_evidence_passes if {
	count(data.tollgate.repository.dependency_updates.deny) == 0 with input as {"files": [".github/dependabot.yml"]}
}

test_edge_case if {
	count(data.tollgate.repository.dependency_updates.deny) == 1 with input as {"files": []}
}
