package tollgate.cloudformation.msk_public_test

import rego.v1

import data.tollgate.cloudformation.msk_public as policy

cluster(access) := {"address": "Events", "type": "AWS::MSK::Cluster", "name": "Events", "refs": [], "attributes": {"BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ConnectivityInfo": {"PublicAccess": {"Type": access}}}}}

test_public_fails if {
	findings := policy.deny with input as {"kind": "cloudformation", "resources": [cluster("SERVICE_PROVIDED_EIPS")]}
	count(findings) == 1
	some f in findings
	f.path == ["BrokerNodeGroupInfo", "ConnectivityInfo", "PublicAccess", "Type"]
}

test_disabled_passes if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [cluster("DISABLED")]}
}

test_unknown_not_reported if {
	count(policy.deny) == 0 with input as {"kind": "cloudformation", "resources": [cluster({"__unknown__": "Fn::If Public"})]}
}
