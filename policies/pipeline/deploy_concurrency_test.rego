package tollgate.pipeline.deploy_concurrency_test

import rego.v1

import data.tollgate.pipeline.deploy_concurrency as policy

job(id, activities) := {
	"id": id, "address": sprintf("jobs.%s", [id]), "name": id, "stage": null,
	"needs": [], "before": [], "environment": null, "manual": false, "approval": false, "image": null,
	"activities": object.union({"test": false, "build": false, "lint": false, "scan": false, "deploy": false}, activities),
	"steps": [],
}

resource(id, attributes) := {"address": sprintf("jobs.%s", [id]), "type": "job", "name": id, "file": ".github/workflows/ci.yml", "attributes": attributes}

doc(platform, workflow, resources, jobs) := {
	"kind": "pipeline", "platform": platform, "path": ".github/workflows/ci.yml",
	"resources": array.concat([{"address": "workflow", "type": "workflow", "name": "ci", "file": ".github/workflows/ci.yml", "attributes": workflow}], resources),
	"pipeline": {"name": "ci", "triggers": ["push"], "runs_on_change": true, "jobs": jobs},
	"github": {"on": {"push": null}, "permissions": {"contents": "read"}, "jobs": {}},
}

test_deploy_without_concurrency_fails if {
	findings := policy.deny with input as doc("github", {"on": {"push": null}},
		[resource("test", {"runs-on": "ubuntu-latest"}), resource("deploy", {"runs-on": "ubuntu-latest", "environment": "production"})],
		[job("test", {"test": true}), job("deploy", {"deploy": true})],
	)
	count(findings) == 1
	some f in findings
	f.resource == "jobs.deploy"
	f.path == ["concurrency"]
}

test_job_level_concurrency_passes if {
	count(policy.deny) == 0 with input as doc("github", {"on": {"push": null}},
		[resource("deploy", {"runs-on": "ubuntu-latest", "concurrency": "deploy-production"})],
		[job("deploy", {"deploy": true})],
	)
}

test_workflow_level_concurrency_passes if {
	count(policy.deny) == 0 with input as doc("github", {"on": {"push": null}, "concurrency": {"group": "${{ github.workflow }}", "cancel-in-progress": false}},
		[resource("deploy", {"runs-on": "ubuntu-latest"})],
		[job("deploy", {"deploy": true})],
	)
}

test_other_platforms_and_missing_resources_ignored if {
	count(policy.deny) == 0 with input as doc("gitlab", {}, [resource("deploy", {"script": ["./deploy.sh"]})], [job("deploy", {"deploy": true})])
	count(policy.deny) == 0 with input as doc("github", {"on": {"push": null}}, [], [job("deploy", {"deploy": true})])
	count(policy.deny) == 0 with input as {"kind": "pipeline", "platform": "github", "path": "x", "resources": null, "pipeline": null}
}
