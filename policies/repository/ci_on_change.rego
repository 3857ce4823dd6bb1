# METADATA
# title: A CI pipeline runs on every change
# description: |
#   Without a pipeline that runs on every push or pull request, nothing checks a change before
#   it lands. A repository with no pipeline at all fails this rule: absence of evidence is not
#   evidence of maturity.
# custom:
#   id: TG-REPO-001
#   severity: high
#   dimension: automation
#   kinds: [repository]
#   frameworks: {aws-well-architected: ["OPS05"]}
#   remediation: |
#     Add a workflow that runs on every change, for example .github/workflows/ci.yml:
#       on: [push, pull_request]
#       jobs:
#         test:
#           runs-on: ubuntu-latest
#           steps:
#             - uses: actions/checkout@<sha>
#             - run: make test
package tollgate.repository.ci_on_change

import rego.v1

deny contains {"resource": "repository", "message": message} if {
	not any_on_change
	message := "no CI pipeline runs on push or pull request"
}

any_on_change if {
	some p in input.pipelines
	p.runs_on_change == true
}
