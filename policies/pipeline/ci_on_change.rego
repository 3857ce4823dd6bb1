# METADATA
# title: CI runs on every change
# description: A pipeline that runs only on a schedule, by hand or after another workflow does not check the changes as they are pushed or proposed, so problems are found after they are merged. GitHub workflows are judged one file at a time, so a deploy-only workflow beside a ci.yml that runs on push is reported as well.
# custom:
#   id: TG-PIPE-003
#   severity: medium
#   dimension: automation
#   kinds: [pipeline]
#   frameworks: {dora: ["continuous-integration"]}
#   remediation: |
#     Run the pipeline on pushes and on proposed changes.
#     GitHub Actions:
#       on:
#         push:
#           branches: [main]
#         pull_request:
#     GitLab CI:
#       workflow:
#         rules:
#           - if: $CI_PIPELINE_SOURCE == "merge_request_event"
#           - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
package tollgate.pipeline.ci_on_change

import rego.v1

deny contains finding if {
	input.platform == "github"
	is_object(input.pipeline)
	input.pipeline.runs_on_change == false
	finding := {
		"resource": "workflow",
		"path": ["on"],
		"message": sprintf("Workflow %s runs on %s but not on push or pull requests.", [input.path, triggers]),
	}
}

deny contains finding if {
	input.platform != "github"
	is_object(input.pipeline)
	input.pipeline.runs_on_change == false
	finding := {"message": sprintf("Pipeline %s runs on %s but not on push or merge requests.", [input.path, triggers])}
}

triggers := concat(", ", [t | some t in input.pipeline.triggers; is_string(t)]) if {
	is_array(input.pipeline.triggers)
	count(input.pipeline.triggers) > 0
}

triggers := "nothing" if {
	not non_empty(input.pipeline.triggers)
}

non_empty(x) if {
	is_array(x)
	count(x) > 0
}
