# METADATA
# title: Jobs set a timeout
# description: A job without timeout-minutes runs for up to six hours when a test hangs, a deployment waits on a lock or a step prompts for input, holding its runner (and, on self-hosted runners, the machine) and blocking the jobs queued behind it. Jobs that call a reusable workflow take the called workflow's timeouts and are not checked.
# custom:
#   id: TG-GHA-006
#   severity: low
#   dimension: reliability
#   kinds: [pipeline]
#   frameworks: {}
#   remediation: |
#     Give every job a timeout a little above its usual duration:
#       jobs:
#         test:
#           runs-on: ubuntu-latest
#           timeout-minutes: 20
#           steps:
#             - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
#             - run: make test
package tollgate.pipeline.job_timeout

import rego.v1

deny contains finding if {
	input.platform == "github"
	some r in items(input.resources)
	is_object(r)
	r.type == "job"
	is_string(r.address)
	is_object(r.attributes)
	not "uses" in object.keys(r.attributes)
	not "timeout-minutes" in object.keys(r.attributes)
	finding := {
		"resource": r.address,
		"path": ["timeout-minutes"],
		"message": sprintf("Job %s sets no timeout-minutes, so a hung run holds its runner for up to six hours.", [r.address]),
	}
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
