# METADATA
# title: The pipeline runs tests
# description: A pipeline that runs on every change but has no job that runs tests (cargo, go, npm, pytest, mvn, gradle, make test and the like) builds and ships changes nobody has checked. GitHub workflows are judged one file at a time.
# custom:
#   id: TG-PIPE-004
#   severity: medium
#   dimension: automation
#   kinds: [pipeline]
#   frameworks: {dora: ["test-automation"], nist-800-53: ["SA-11"]}
#   remediation: |
#     Add a job that runs the test suite on every change.
#     GitHub Actions:
#       test:
#         runs-on: ubuntu-latest
#         steps:
#           - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
#           - run: make test
#     GitLab CI:
#       test:
#         stage: test
#         script: make test
package tollgate.pipeline.ci_runs_tests

import rego.v1

deny contains finding if {
	input.platform == "github"
	untested
	finding := {
		"resource": "workflow",
		"path": [],
		"message": sprintf("Workflow %s runs on every change but no job runs tests.", [input.path]),
	}
}

deny contains finding if {
	input.platform != "github"
	untested
	finding := {"message": sprintf("Pipeline %s runs on every change but no job runs tests.", [input.path])}
}

untested if {
	is_object(input.pipeline)
	input.pipeline.runs_on_change == true
	is_array(input.pipeline.jobs)
	not tests
}

tests if {
	some job in input.pipeline.jobs
	is_object(job)
	is_object(job.activities)
	job.activities.test == true
}
