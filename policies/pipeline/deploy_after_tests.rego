# METADATA
# title: Deployments run only after tests pass
# description: A job that deploys without depending on a job that tests (through needs on GitHub, earlier stages or needs on GitLab, earlier stages on Jenkins) ships a change whether or not its tests pass. A deploy job that runs the tests itself counts as tested.
# custom:
#   id: TG-PIPE-001
#   severity: high
#   dimension: deployment
#   kinds: [pipeline]
#   frameworks: {dora: ["continuous-delivery"], nist-800-53: ["CM-3", "SA-11"]}
#   remediation: |
#     Make the deployment depend on the tests.
#     GitHub Actions:
#       deploy:
#         needs: [test]
#     GitLab CI:
#       stages: [build, test, deploy]
#     Jenkins (declarative): put stage('Test') before stage('Deploy').
package tollgate.pipeline.deploy_after_tests

import rego.v1

deny contains finding if {
	some job in jobs
	activity(job, "deploy")
	not activity(job, "test")
	not tested_before(job)
	finding := {
		"resource": job.address,
		"path": [],
		"message": sprintf("%s deploys without a %s that runs tests before it.", [describe(job), unit]),
	}
}

jobs contains job if {
	is_object(input.pipeline)
	some job in items(input.pipeline.jobs)
	is_object(job)
	is_string(job.address)
}

tested_before(job) if {
	some id in items(job.before)
	some other in jobs
	other.id == id
	activity(other, "test")
}

activity(job, name) if {
	is_object(job.activities)
	job.activities[name] == true
}

unit := "stage" if input.platform == "jenkins"

unit := "job" if input.platform != "jenkins"

describe(job) := sprintf("Stage %s", [job.address]) if input.platform == "jenkins"

describe(job) := sprintf("Job %s", [job.address]) if input.platform != "jenkins"

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
