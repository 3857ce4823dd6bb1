# METADATA
# title: Dependency updates are automated
# description: |
#   Dependabot or Renovate keeps dependencies and base images current with reviewed pull
#   requests instead of occasional manual upgrades.
# custom:
#   id: TG-REPO-004
#   severity: low
#   dimension: automation
#   kinds: [repository]
#   frameworks: {}
#   remediation: |
#     Add .github/dependabot.yml (or renovate.json):
#       version: 2
#       updates:
#         - package-ecosystem: docker
#           directory: /
#           schedule: {interval: weekly}
package tollgate.repository.dependency_updates

import rego.v1

bots := {"dependabot.yml", "dependabot.yaml", "renovate.json", "renovate.json5", ".renovaterc", ".renovaterc.json"}

deny contains {"resource": "repository", "message": "neither Dependabot nor Renovate is configured"} if {
	not configured
}

configured if {
	some f in input.files
	parts := split(f, "/")
	parts[count(parts) - 1] in bots
}
