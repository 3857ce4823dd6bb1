package tollgate.pipeline.gitlab_image_pinned_test

import rego.v1

import data.tollgate.pipeline.gitlab_image_pinned as policy

# jobs: name -> [image in attributes (or null when inherited), effective image]
doc(platform, jobs) := {
	"kind": "pipeline", "platform": platform, "path": ".gitlab-ci.yml",
	"resources": [{"address": sprintf("jobs.%s", [name]), "type": "job", "name": name, "file": ".gitlab-ci.yml", "attributes": attributes(j[0])} | some name, j in jobs],
	"pipeline": {"name": ".gitlab-ci.yml", "triggers": ["push"], "runs_on_change": true, "jobs": []},
	"gitlab": {"stages": ["build", "test", "deploy"], "jobs": {name: {"stage": "test", "when": null, "environment": null, "image": j[1], "rules": null, "needs": [], "script": ["make"]} | some name, j in jobs}},
}

attributes(null) := {"script": ["make"]}

attributes(image) := {"script": ["make"], "image": image} if image != null

test_untagged_and_latest_fail if {
	findings := policy.deny with input as doc("gitlab", {
		"build": ["node", "node"],
		"test": ["python:latest", "python:latest"],
		"lint": [{"name": "registry.example.com:5000/tools/lint", "entrypoint": [""]}, "registry.example.com:5000/tools/lint"],
		"ok": ["golang:1.22.5", "golang:1.22.5"],
	})
	count(findings) == 3
	{f.resource | some f in findings} == {"jobs.build", "jobs.test", "jobs.lint"}
	some f in findings
	f.resource == "jobs.lint"
	f.path == ["image", "name"]
}

test_inherited_default_image_points_at_job if {
	findings := policy.deny with input as doc("gitlab", {"test": [null, "alpine"]})
	count(findings) == 1
	some f in findings
	f.path == []
	contains(f.message, "default image")
}

test_pinned_digest_port_and_variables_pass if {
	count(policy.deny) == 0 with input as doc("gitlab", {
		"a": ["registry.example.com:5000/team/app:1.4.2", "registry.example.com:5000/team/app:1.4.2"],
		"b": ["alpine@sha256:0a4eaa0eecf5f8c050e5bba433f58c052be7587ee8af3e8b3910ef9ab5fbe9f5", "alpine@sha256:0a4eaa0eecf5f8c050e5bba433f58c052be7587ee8af3e8b3910ef9ab5fbe9f5"],
		"c": ["python:latest@sha256:0a4eaa0eecf5f8c050e5bba433f58c052be7587ee8af3e8b3910ef9ab5fbe9f5", "python:latest@sha256:0a4eaa0eecf5f8c050e5bba433f58c052be7587ee8af3e8b3910ef9ab5fbe9f5"],
		"d": ["$CI_REGISTRY_IMAGE/builder:$CI_COMMIT_SHA", "$CI_REGISTRY_IMAGE/builder:$CI_COMMIT_SHA"],
		"e": [null, null],
	})
}

test_other_platforms_ignored if {
	count(policy.deny) == 0 with input as doc("github", {"build": ["node", "node"]})
	count(policy.deny) == 0 with input as {"kind": "pipeline", "platform": "gitlab", "path": ".gitlab-ci.yml", "resources": [], "gitlab": {"jobs": {"a": "oops"}}}
}
