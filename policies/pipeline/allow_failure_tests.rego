# METADATA
# title: Test jobs are allowed to fail only knowingly
# description: A test job marked allow_failure (GitLab) or continue-on-error (GitHub, on the job or on the step that runs the tests) turns red tests into a warning nobody has to act on, so the pipeline stays green and deploys while the suite fails. Allowing only named exit codes (allow_failure exit_codes) or deciding by an expression (continue-on-error on an experimental matrix entry) is a deliberate choice and is not reported. Jenkins is not checked.
# custom:
#   id: TG-PIPE-005
#   severity: medium
#   dimension: automation
#   kinds: [pipeline]
#   frameworks: {nist-800-53: ["SA-11"]}
#   remediation: |
#     Let the tests fail the pipeline; quarantine a flaky test in the suite instead of the job.
#     GitLab CI (when a known exit code may be tolerated, name it):
#       test:
#         script: make test
#         allow_failure:
#           exit_codes: [137]
#     GitHub Actions (tolerate failures only on an experimental matrix entry):
#       test:
#         continue-on-error: ${{ matrix.experimental }}
package tollgate.pipeline.allow_failure_tests

import rego.v1

# GitLab: a test job with allow_failure: true.
deny contains finding if {
	input.platform == "gitlab"
	some job in test_jobs
	attributes := job_attributes(job.address)
	true_value(attributes.allow_failure)
	finding := {
		"resource": job.address,
		"path": ["allow_failure"],
		"message": sprintf("Test job %s is allowed to fail, so failing tests do not stop the pipeline.", [job.address]),
	}
}

# GitHub: a test job with continue-on-error: true.
deny contains finding if {
	input.platform == "github"
	some job in test_jobs
	attributes := job_attributes(job.address)
	true_value(attributes["continue-on-error"])
	finding := {
		"resource": job.address,
		"path": ["continue-on-error"],
		"message": sprintf("Test job %s sets continue-on-error, so failing tests do not fail the workflow.", [job.address]),
	}
}

# GitHub: the step that runs the tests has continue-on-error: true.
deny contains finding if {
	input.platform == "github"
	some job in test_jobs
	attributes := job_attributes(job.address)
	some step in items(job.steps)
	is_object(step)
	is_number(step.index)
	raw := items(attributes.steps)[step.index]
	is_object(raw)
	true_value(raw["continue-on-error"])
	some c in items(step.commands)
	test_command(c)
	finding := {
		"resource": job.address,
		"path": ["steps", step.index, "continue-on-error"],
		"message": sprintf("Job %s runs its tests in a step with continue-on-error, so failing tests do not fail the workflow.", [job.address]),
	}
}

test_jobs contains job if {
	is_object(input.pipeline)
	some job in items(input.pipeline.jobs)
	is_object(job)
	is_string(job.address)
	is_object(job.activities)
	job.activities.test == true
}

job_attributes(address) := attributes if {
	some r in items(input.resources)
	is_object(r)
	r.address == address
	is_object(r.attributes)
	attributes := r.attributes
}

true_value(x) if x == true

true_value(x) if {
	is_string(x)
	lower(trim_space(x)) == "true"
}

# test_command(c) mirrors the scanner's test detection for a single command.
test_command(c) if command_name(c) in {"pytest", "tox", "nox", "jest", "vitest", "mocha", "rspec", "phpunit", "ctest"}

test_command(c) if {
	command_name(c) == "cargo"
	arg(c, 0) in {"test", "nextest"}
}

test_command(c) if {
	command_name(c) in {"go", "dotnet"}
	arg(c, 0) == "test"
}

test_command(c) if {
	command_name(c) in {"npm", "yarn", "pnpm", "bun"}
	contains(arg(c, 0), "test")
}

test_command(c) if {
	command_name(c) in {"npm", "yarn", "pnpm", "bun"}
	arg(c, 0) == "run"
	contains(arg(c, 1), "test")
}

test_command(c) if {
	command_name(c) in {"mvn", "mvnw"}
	some a in args(c)
	a in {"test", "verify"}
}

test_command(c) if {
	command_name(c) in {"gradle", "gradlew"}
	some a in args(c)
	a in {"test", "check"}
}

test_command(c) if {
	command_name(c) == "make"
	some a in args(c)
	a in {"test", "check", "tests"}
}

test_command(c) if {
	command_name(c) in {"python", "python3"}
	arg(c, 0) == "-m"
	arg(c, 1) in {"pytest", "unittest", "tox"}
}

test_command(c) if {
	command_name(c) == "bundle"
	some a in args(c)
	a in {"rspec", "rake"}
}

test_command(c) if {
	name := command_name(c)
	contains(name, "test")
	not contains(name, "attest")
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
