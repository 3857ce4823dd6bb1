# METADATA
# title: CI_DEBUG_TRACE is not enabled
# description: With CI_DEBUG_TRACE (or CI_DEBUG_SERVICES) set to true, the runner prints every command with its expanded variables, including masked and protected CI/CD variables, into the job log, where anyone who can read the job's logs sees the secrets. Variables of a job, of the templates it extends and of its rules are checked; top-level variables are not part of the document the scanner builds, so a global CI_DEBUG_TRACE is not seen.
# custom:
#   id: TG-GITLAB-001
#   severity: high
#   dimension: security
#   kinds: [pipeline]
#   frameworks: {nist-800-53: ["IA-5"]}
#   remediation: |
#     Remove the variable from the file. To debug a job once, set CI_DEBUG_TRACE for a single
#     manual pipeline run (Run pipeline > Variables), in a project whose job logs only
#     maintainers can read, and revoke any secret the run may have printed:
#       test:
#         variables:
#           GOFLAGS: -mod=readonly
#         script: go test ./...
package tollgate.pipeline.gitlab_debug_trace

import rego.v1

debug_variables := {"CI_DEBUG_TRACE", "CI_DEBUG_SERVICES"}

# Job variables (including those inherited through extends).
deny contains finding if {
	some r in jobs
	is_object(r.attributes.variables)
	some name, value in r.attributes.variables
	name in debug_variables
	enabled(value)
	finding := {
		"resource": r.address,
		"path": ["variables", name],
		"message": sprintf("Job %s sets %s, which prints secrets into the job log.", [r.address, name]),
	}
}

# Variables set by a rule.
deny contains finding if {
	some r in jobs
	some i, rule in items(r.attributes.rules)
	is_object(rule)
	is_object(rule.variables)
	some name, value in rule.variables
	name in debug_variables
	enabled(value)
	finding := {
		"resource": r.address,
		"path": ["rules", i, "variables", name],
		"message": sprintf("Job %s sets %s in a rule, which prints secrets into the job log.", [r.address, name]),
	}
}

jobs contains r if {
	input.platform == "gitlab"
	some r in items(input.resources)
	is_object(r)
	r.type == "job"
	is_string(r.address)
	is_object(r.attributes)
}

enabled(value) if value == true

enabled(value) if {
	is_string(value)
	lower(trim_space(value)) == "true"
}

# The expanded form: `CI_DEBUG_TRACE: {value: "true", description: …}`.
enabled(value) if {
	is_object(value)
	enabled(object.get(value, "value", null))
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
