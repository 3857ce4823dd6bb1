# METADATA
# title: CI runs tests before changes merge
# description: |
#   A pipeline that builds but never tests lets regressions through. The rule passes when a
#   pipeline that runs on every change has a job that runs tests.
# custom:
#   id: TG-REPO-002
#   severity: high
#   dimension: automation
#   kinds: [repository]
#   frameworks: {aws-well-architected: ["OPS05"]}
#   remediation: |
#     Run the test suite in the pipeline that runs on pull requests, e.g. a step `run: make test`.
package tollgate.repository.ci_runs_tests

import rego.v1

deny contains {"resource": "repository", "message": "no pipeline that runs on every change runs tests"} if {
	not tests_on_change
}

tests_on_change if {
	some p in input.pipelines
	p.runs_on_change == true
	some job in p.jobs
	job.activities.test == true
}
