package tollgate.pipeline.oidc_permission_test

import rego.v1

import data.tollgate.pipeline.oidc_permission as policy

login(i, name, w) := {"index": i, "uses": {"action": name, "ref": "e3dd6a429d7300a6a4c196c26e071d42e0343502", "ref_kind": "sha"}, "with": w, "env": {}, "run": null, "expressions": []}

aws(i) := login(i, "aws-actions/configure-aws-credentials", {"role-to-assume": "arn:aws:iam::123456789012:role/github-deploy", "aws-region": "eu-west-1"})

doc(platform, workflow_permissions, job_permissions, steps) := {
	"kind": "pipeline", "platform": platform, "path": ".github/workflows/deploy.yml",
	"resources": [],
	"pipeline": {"name": "deploy", "triggers": ["push"], "runs_on_change": true, "jobs": []},
	"github": {"on": {"push": null}, "permissions": workflow_permissions, "jobs": {"deploy": {"permissions": job_permissions, "steps": steps}}},
}

test_job_permissions_without_id_token_fail if {
	findings := policy.deny with input as doc("github", {"contents": "read", "id-token": "write"}, {"contents": "read"}, [aws(0)])
	count(findings) == 1
	some f in findings
	f.resource == "jobs.deploy"
	f.path == ["permissions", "id-token"]
	contains(f.message, "AWS")
}

test_workflow_and_default_permissions_fail if {
	findings := policy.deny with input as doc("github", "read-all", null, [login(0, "azure/login", {"client-id": "${{ vars.AZURE_CLIENT_ID }}", "tenant-id": "t", "subscription-id": "s"})])
	count(findings) == 1
	some f in findings
	f.path == ["permissions"]
	contains(f.message, "workflow")
	count(policy.deny) == 1 with input as doc("github", null, null, [login(0, "google-github-actions/auth", {"workload_identity_provider": "projects/1/locations/global/workloadIdentityPools/gh/providers/gh"})])
	count(policy.deny) == 1 with input as doc("github", {"contents": "read"}, {}, [aws(0)])
}

test_id_token_write_passes if {
	count(policy.deny) == 0 with input as doc("github", {"contents": "read"}, {"contents": "read", "id-token": "write"}, [aws(0)])
	count(policy.deny) == 0 with input as doc("github", {"contents": "read", "id-token": "write"}, null, [aws(0)])
	count(policy.deny) == 0 with input as doc("github", "write-all", null, [aws(0)])
}

test_non_oidc_logins_and_other_platforms_not_reported if {
	count(policy.deny) == 0 with input as doc("github", {"contents": "read"}, null, [
		login(0, "aws-actions/configure-aws-credentials", {"aws-access-key-id": "${{ secrets.KEY }}", "aws-secret-access-key": "${{ secrets.SECRET }}", "role-to-assume": "arn:aws:iam::123456789012:role/x"}),
		login(1, "azure/login", {"creds": "${{ secrets.AZURE_CREDENTIALS }}"}),
		login(2, "azure/login", {"client-id": "abc", "auth-type": "IDENTITY"}),
		login(3, "google-github-actions/auth", {"credentials_json": "${{ secrets.GCP }}"}),
		{"index": 4, "uses": null, "with": null, "env": {}, "run": "make", "expressions": []},
	])
	count(policy.deny) == 0 with input as doc("gitlab", null, null, [aws(0)])
}
