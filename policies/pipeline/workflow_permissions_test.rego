package tollgate.pipeline.workflow_permissions_test

import rego.v1

import data.tollgate.pipeline.workflow_permissions as policy

doc(permissions, jobs) := {
	"kind": "pipeline", "platform": "github", "path": ".github/workflows/ci.yml",
	"resources": [{"address": "workflow", "type": "workflow", "name": "ci", "file": ".github/workflows/ci.yml", "attributes": {"on": {"push": null}}}],
	"pipeline": {"name": "ci", "triggers": ["push"], "runs_on_change": true, "jobs": []},
	"github": {"on": {"push": null}, "permissions": permissions, "jobs": jobs},
}

job(permissions) := {"permissions": permissions, "steps": []}

test_no_permissions_anywhere_fails if {
	findings := policy.deny with input as doc(null, {"build": job(null), "test": job(null)})
	count(findings) == 1
	some f in findings
	f.resource == "workflow"
	f.path == ["permissions"]
	contains(f.message, "build, test")
}

test_one_job_without_permissions_fails if {
	findings := policy.deny with input as doc(null, {"build": job({"contents": "read"}), "release": job(null)})
	count(findings) == 1
	some f in findings
	contains(f.message, "release")
	not contains(f.message, "build")
}

test_write_all_fails_even_with_permissions if {
	findings := policy.deny with input as doc({"contents": "read"}, {"build": job(null), "release": job("write-all")})
	count(findings) == 1
	some f in findings
	f.resource == "jobs.release"
	f.path == ["permissions"]
	count(policy.deny) == 1 with input as doc("write-all", {"build": job(null)})
}

test_workflow_permissions_pass if {
	count(policy.deny) == 0 with input as doc({"contents": "read"}, {"build": job(null), "release": job({"contents": "write"})})
	count(policy.deny) == 0 with input as doc({}, {"build": job(null)})
	count(policy.deny) == 0 with input as doc("read-all", {"build": job(null)})
}

test_every_job_with_permissions_passes if {
	count(policy.deny) == 0 with input as doc(null, {"build": job({"contents": "read"}), "test": job({})})
}

test_other_platforms_ignored if {
	count(policy.deny) == 0 with input as {"kind": "pipeline", "platform": "gitlab", "path": ".gitlab-ci.yml", "resources": [], "pipeline": {"jobs": []}}
}
