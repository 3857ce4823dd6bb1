package tollgate.pipeline.aws_long_lived_keys_test

import rego.v1

import data.tollgate.pipeline.aws_long_lived_keys as policy

configure(i, w) := {"index": i, "uses": {"action": "aws-actions/configure-aws-credentials", "ref": "e3dd6a429d7300a6a4c196c26e071d42e0343502", "ref_kind": "sha"}, "with": w, "env": {}, "run": null, "expressions": []}

run_step(i, env) := {"index": i, "uses": null, "with": {}, "env": env, "run": "aws s3 sync dist/ s3://site", "expressions": []}

doc(workflow_env, job_env, steps) := {
	"kind": "pipeline", "platform": "github", "path": ".github/workflows/deploy.yml",
	"resources": [
		{"address": "workflow", "type": "workflow", "name": "deploy", "file": ".github/workflows/deploy.yml", "attributes": {"on": {"push": null}, "env": workflow_env}},
		{"address": "jobs.deploy", "type": "job", "name": "deploy", "file": ".github/workflows/deploy.yml", "attributes": {"runs-on": "ubuntu-latest", "env": job_env, "steps": []}},
	],
	"pipeline": {"name": "deploy", "triggers": ["push"], "runs_on_change": true, "jobs": []},
	"github": {"on": {"push": null}, "permissions": {"contents": "read"}, "jobs": {"deploy": {"permissions": null, "steps": steps}}},
}

test_configure_with_access_key_fails if {
	findings := policy.deny with input as doc({}, {}, [configure(0, {
		"aws-access-key-id": "${{ secrets.AWS_ACCESS_KEY_ID }}",
		"aws-secret-access-key": "${{ secrets.AWS_SECRET_ACCESS_KEY }}",
		"aws-region": "eu-west-1",
	})])
	count(findings) == 1
	some f in findings
	f.resource == "jobs.deploy"
	f.path == ["steps", 0, "with", "aws-access-key-id"]
}

test_keys_in_env_fail if {
	findings := policy.deny with input as doc(
		{"AWS_ACCESS_KEY_ID": "${{ secrets.AWS_ACCESS_KEY_ID }}"},
		{"KEY": "${{ secrets.PROD_AWS_ACCESS_KEY_ID }}"},
		[run_step(0, {"AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE"})],
	)
	count(findings) == 3
	{f.resource | some f in findings} == {"workflow", "jobs.deploy"}
	some f in findings
	f.path == ["steps", 0, "env", "AWS_ACCESS_KEY_ID"]
	every g in findings {
		not contains(g.message, "AKIA")
	}
}

test_oidc_role_passes if {
	count(policy.deny) == 0 with input as doc({"AWS_REGION": "eu-west-1"}, {}, [
		configure(0, {"role-to-assume": "arn:aws:iam::123456789012:role/github-deploy", "aws-region": "eu-west-1"}),
		run_step(1, {"AWS_ACCESS_KEY_ID": "${{ steps.creds.outputs.aws-access-key-id }}"}),
	])
}

test_other_platforms_ignored if {
	d := doc({"AWS_ACCESS_KEY_ID": "${{ secrets.AWS_ACCESS_KEY_ID }}"}, {}, [])
	count(policy.deny) == 0 with input as object.union(d, {"platform": "gitlab"})
}
