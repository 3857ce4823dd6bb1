package tollgate.repository.alarms_defined_test

import rego.v1

test_missing_evidence_fails if {
	count(data.tollgate.repository.alarms_defined.deny) == 1 with input as {"workloads": 3, "alarms": 0}
}

test_evidence_passes if {
	count(data.tollgate.repository.alarms_defined.deny) == 0 with input as {"workloads": 3, "alarms": 1}
}

test_edge_case if {
	count(data.tollgate.repository.alarms_defined.deny) == 0 with input as {"workloads": 0, "alarms": 0}
}
