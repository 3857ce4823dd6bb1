package tollgate.repository.deploy_automated_test

import rego.v1

test_missing_evidence_fails if {
	count(data.tollgate.repository.deploy_automated.deny) == 1 with input as {"pipelines": [{"jobs": [{"activities": {"deploy": false}}]}]}
}

test_evidence_passes if {
	count(data.tollgate.repository.deploy_automated.deny) == 0 with input as {"pipelines": [{"jobs": [{"activities": {"deploy": true}}]}]}
}

test_edge_case if {
	count(data.tollgate.repository.deploy_automated.deny) == 1 with input as {"pipelines": []}
}
