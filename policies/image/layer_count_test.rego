package tollgate.image.layer_count_test

import rego.v1

import data.tollgate.image.layer_count as policy
import data.tollgate.image.documents_test as docs

test_many_layers_fail if {
	findings := policy.deny with input as docs.image({"layer_count": 51})
	count(findings) == 1
	some f in findings
	f.resource == "image"
	f.path == ["layer_count"]
	contains(f.message, "51 layers")
}

test_up_to_fifty_layers_pass if {
	count(policy.deny) == 0 with input as docs.image({})
	count(policy.deny) == 0 with input as docs.image({"layer_count": 50})
}

test_unknown_count_is_not_judged if {
	count(policy.deny) == 0 with input as docs.image({"layer_count": null})
	count(policy.deny) == 0 with input as docs.image({"layer_count": "60"})
	count(policy.deny) == 0 with input as docs.empty
}
