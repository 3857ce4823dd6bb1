# METADATA
# title: The pipeline runs a security scan
# description: A pipeline that runs on every change but never scans (trivy, grype, checkov, tollgate, semgrep, CodeQL, snyk, gitleaks, govulncheck, npm audit and the like) ships known-vulnerable dependencies, leaked secrets and insecure configuration without anyone being told. A job or stage named scan, sast, security or codeql counts. GitHub workflows are judged one file at a time; GitLab security templates pulled in with `include` are not part of the document the scanner builds and are not seen.
# custom:
#   id: TG-PIPE-007
#   severity: medium
#   dimension: security
#   kinds: [pipeline]
#   frameworks: {nist-800-53: ["RA-5", "SA-11"]}
#   remediation: |
#     Add a scanning job that runs on every change.
#     GitHub Actions:
#       scan:
#         runs-on: ubuntu-latest
#         steps:
#           - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
#           - run: trivy fs --exit-code 1 --severity HIGH,CRITICAL .
#     GitLab CI:
#       scan:
#         stage: test
#         image: aquasec/trivy:0.56.2
#         script: trivy fs --exit-code 1 --severity HIGH,CRITICAL .
#     Jenkins (declarative):
#       stage('Scan') { steps { sh 'trivy fs --exit-code 1 .' } }
package tollgate.pipeline.ci_security_scan

import rego.v1

deny contains finding if {
	input.platform == "github"
	unscanned
	finding := {
		"resource": "workflow",
		"path": [],
		"message": sprintf("Workflow %s runs on every change but no job runs a security scan.", [input.path]),
	}
}

deny contains finding if {
	input.platform != "github"
	unscanned
	finding := {"message": sprintf("Pipeline %s runs on every change but no %s runs a security scan.", [input.path, unit])}
}

unscanned if {
	is_object(input.pipeline)
	input.pipeline.runs_on_change == true
	is_array(input.pipeline.jobs)
	not any_scan
}

any_scan if {
	some job in items(input.pipeline.jobs)
	scans(job)
}

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

unit := "stage" if input.platform == "jenkins"

unit := "job" if input.platform != "jenkins"

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
