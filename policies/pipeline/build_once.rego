# METADATA
# title: Deployments ship the artifact the pipeline built
# description: A deploy job that builds again (docker build, make, npm run build, mvn package…) after an earlier job of the pipeline already built ships an artifact that was never tested, and may differ from the tested one through a moved base image, a new dependency release or a different toolchain. Build once, then promote that artifact through tests to deployment.
# custom:
#   id: TG-PIPE-008
#   severity: low
#   dimension: deployment
#   kinds: [pipeline]
#   frameworks: {}
#   remediation: |
#     Build in one job, pass the artifact (or the image digest) on, and deploy exactly that.
#     GitHub Actions:
#       deploy:
#         needs: [build, test]
#         steps:
#           - uses: actions/download-artifact@fa0a91b85d4f404e444e00e005971372dc801d16 # v4.1.8
#             with:
#               name: dist
#           - run: ./deploy.sh dist/
#     GitLab CI:
#       deploy:
#         stage: deploy
#         needs: [build, test]
#         script: ./deploy.sh "$CI_REGISTRY_IMAGE@$IMAGE_DIGEST"
package tollgate.pipeline.build_once

import rego.v1

deny contains finding if {
	is_object(input.pipeline)
	jobs := [job | some job in items(input.pipeline.jobs); is_object(job)]
	some job in jobs
	is_string(job.address)
	activity(job, "deploy")
	activity(job, "build")
	builders := sort({other.id |
		some id in items(job.before)
		some other in jobs
		other.id == id
		activity(other, "build")
	})
	count(builders) > 0
	finding := {
		"resource": job.address,
		"path": [],
		"message": sprintf("%s builds again at deploy time although %s already built, so the deployed artifact is not the one tested.", [describe(job), concat(", ", builders)]),
	}
}

activity(job, name) if {
	is_object(job.activities)
	job.activities[name] == true
}

describe(job) := sprintf("Stage %s", [job.address]) if input.platform == "jenkins"

describe(job) := sprintf("Job %s", [job.address]) if input.platform != "jenkins"

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
