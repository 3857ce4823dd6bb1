# METADATA
# title: Security scanning runs in CI
# description: |
#   A pipeline step that scans code, dependencies, infrastructure or images (Trivy, Checkov,
#   Tollgate, CodeQL, Snyk, Semgrep …) catches known problems before they ship.
# custom:
#   id: TG-REPO-007
#   severity: medium
#   dimension: security
#   kinds: [repository]
#   frameworks: {nist-800-53: ["RA-5"]}
#   remediation: |
#     Add a scan step to the pipeline, e.g. `tollgate scan . --format sarif --output tollgate.sarif`.
package tollgate.repository.security_scan_in_ci

import rego.v1

deny contains {"resource": "repository", "message": "no pipeline job runs a security scan"} if {
	not scans
}

scans if {
	some p in input.pipelines
	some job in p.jobs
	job.activities.scan == true
}
