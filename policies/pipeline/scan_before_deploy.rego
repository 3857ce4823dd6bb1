# METADATA
# title: Security scans run before deployment
# description: A pipeline that scans (trivy, grype, checkov, tollgate, semgrep, CodeQL…) but deploys from a job that does not wait for the scan, through needs on GitHub, earlier stages or needs on GitLab, earlier stages on Jenkins, ships whatever the scan would have stopped; the scan only reports after the fact. A deploy job that scans itself counts as scanned. Pipelines with no scan at all are left to TG-PIPE-007.
# custom:
#   id: TG-PIPE-009
#   severity: medium
#   dimension: security
#   kinds: [pipeline]
#   frameworks: {nist-800-53: ["RA-5", "CM-3"]}
#   remediation: |
#     Make the deployment wait for the scan.
#     GitHub Actions:
#       deploy:
#         needs: [test, scan]
#     GitLab CI:
#       stages: [build, test, scan, deploy]
#     Jenkins (declarative): put stage('Scan') before stage('Deploy').
package tollgate.pipeline.scan_before_deploy

import rego.v1

deny contains finding if {
	is_object(input.pipeline)
	jobs := [job | some job in items(input.pipeline.jobs); is_object(job)]
	scanners_ids := {job.id | some job in jobs; scans(job)}
	count(scanners_ids) > 0
	some job in jobs
	is_string(job.address)
	is_object(job.activities)
	job.activities.deploy == true
	not scans(job)
	not scanned_before(job, scanners_ids)
	finding := {
		"resource": job.address,
		"path": [],
		"message": sprintf("%s deploys without waiting for the security scan in %s.", [describe(job), concat(", ", sort(scanners_ids))]),
	}
}

scanned_before(job, scanners_ids) if {
	some id in items(job.before)
	id in scanners_ids
}

describe(job) := sprintf("Stage %s", [job.address]) if input.platform == "jenkins"

describe(job) := sprintf("Job %s", [job.address]) if input.platform != "jenkins"

# scans(job): the job scans, by the scanner's activity, its name or one of its commands or actions.
scans(job) if {
	is_object(job)
	is_object(job.activities)
	job.activities.scan == true
}

scans(job) if {
	is_object(job)
	some label in [job.id, job.name, job.stage]
	is_string(label)
	regex.match(`(?i)scan|sast|security|codeql`, label)
}

scans(job) if {
	is_object(job)
	some step in items(job.steps)
	is_object(step)
	some c in items(step.commands)
	scan_command(c)
}

scans(job) if {
	is_object(job)
	some step in items(job.steps)
	is_object(step)
	is_string(step.uses)
	some action in scan_actions
	contains(lower(step.uses), action)
}

scan_actions := {
	"codeql-action", "trivy-action", "checkov-action", "snyk/", "tollgate", "grype", "semgrep",
	"anchore/scan-action", "dependency-review-action", "gitleaks", "trufflehog", "tfsec", "kics",
	"scout-action", "zizmor", "osv-scanner", "govulncheck", "pip-audit", "rustsec/audit-check", "dependency-check",
}

scanners := {
	"trivy", "checkov", "tollgate", "grype", "snyk", "semgrep", "tfsec", "kics", "gitleaks", "trufflehog",
	"bandit", "hadolint", "osv-scanner", "govulncheck", "gosec", "pip-audit", "safety", "brakeman",
	"bundle-audit", "bundler-audit", "zizmor", "dependency-check", "dependency-check.sh", "retire", "audit-ci",
}

scan_command(c) if command_name(c) in scanners

scan_command(c) if {
	command_name(c) in {"npm", "yarn", "pnpm", "bun", "cargo", "composer"}
	arg(c, 0) == "audit"
}

scan_command(c) if {
	command_name(c) == "cargo"
	arg(c, 0) == "deny"
}

scan_command(c) if {
	command_name(c) == "bundle"
	arg(c, 0) == "audit"
}

scan_command(c) if {
	command_name(c) == "docker"
	arg(c, 0) == "scout"
}

scan_command(c) if {
	command_name(c) in {"npx", "bunx", "pnpx", "uvx", "pipx", "python", "python3"}
	some a in args(c)
	a in scanners
}

scan_command(c) if {
	command_name(c) in {"mvn", "mvnw", "gradle", "gradlew"}
	some a in args(c)
	regex.match(`dependency-?check|spotbugs|find-?sec-?bugs`, a)
}

command_name(c) := lower(parts[count(parts) - 1]) if {
	is_object(c)
	is_string(c.name)
	parts := split(c.name, "/")
}

args(c) := [lower(a) | some a in items(c.args); is_string(a)] if is_object(c)

arg(c, i) := args(c)[i]

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
