# METADATA
# title: The pipeline lints code
# description: A pipeline that runs on every change but never runs a linter or formatter check (eslint, ruff, golangci-lint, cargo clippy, pre-commit, terraform fmt and the like) lets style drift and the mistakes linters catch cheaply reach review and production. A job or stage named lint counts, whatever it runs. GitHub workflows are judged one file at a time, so a workflow beside a separate lint workflow is reported as well.
# custom:
#   id: TG-PIPE-006
#   severity: low
#   dimension: automation
#   kinds: [pipeline]
#   frameworks: {}
#   remediation: |
#     Add a lint job that runs on every change.
#     GitHub Actions:
#       lint:
#         runs-on: ubuntu-latest
#         steps:
#           - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
#           - run: make lint
#     GitLab CI:
#       lint:
#         stage: test
#         script: make lint
#     Jenkins (declarative):
#       stage('Lint') { steps { sh 'make lint' } }
package tollgate.pipeline.ci_lint

import rego.v1

deny contains finding if {
	input.platform == "github"
	unlinted
	finding := {
		"resource": "workflow",
		"path": [],
		"message": sprintf("Workflow %s runs on every change but no job lints the code.", [input.path]),
	}
}

deny contains finding if {
	input.platform != "github"
	unlinted
	finding := {"message": sprintf("Pipeline %s runs on every change but no %s lints the code.", [input.path, unit])}
}

unlinted if {
	is_object(input.pipeline)
	input.pipeline.runs_on_change == true
	is_array(input.pipeline.jobs)
	not lints
}

lints if {
	some job in jobs
	is_object(job.activities)
	job.activities.lint == true
}

# A job or stage named lint.
lints if {
	some job in jobs
	some label in [job.id, job.name, job.stage]
	is_string(label)
	contains(lower(label), "lint")
}

lints if {
	some job in jobs
	some step in items(job.steps)
	is_object(step)
	some c in items(step.commands)
	lint_command(c)
}

lints if {
	some job in jobs
	some step in items(job.steps)
	is_object(step)
	is_string(step.uses)
	some action in lint_actions
	contains(lower(step.uses), action)
}

jobs contains job if {
	some job in items(input.pipeline.jobs)
	is_object(job)
}

lint_actions := {"pre-commit/action", "psf/black", "ruff-action", "reviewdog/", "golangci", "super-linter", "megalinter"}

linters := {
	"pre-commit", "prettier", "black", "ruff", "flake8", "pylint", "mypy", "isort", "eslint", "stylelint",
	"biome", "oxlint", "gofmt", "goimports", "staticcheck", "revive", "rubocop", "standardrb", "ktlint",
	"detekt", "phpcs", "phpstan", "psalm", "swiftlint", "swiftformat", "clang-format", "clang-tidy",
	"shellcheck", "shfmt", "yamllint", "actionlint", "cfn-lint", "tflint", "ansible-lint", "markdownlint",
	"hadolint", "buf", "credo",
}

lint_command(c) if command_name(c) in linters

# npx eslint ., bunx biome check, pnpm exec prettier --check, yarn eslint, uvx ruff check
lint_command(c) if {
	command_name(c) in {"npx", "bunx", "pnpx", "uvx", "yarn", "pnpm"}
	some a in args(c)
	a in linters
}

lint_command(c) if {
	command_name(c) in {"python", "python3"}
	arg(c, 0) == "-m"
	arg(c, 1) in linters
}

lint_command(c) if {
	command_name(c) in {"terraform", "tofu"}
	arg(c, 0) in {"fmt", "validate"}
}

lint_command(c) if {
	command_name(c) == "dotnet"
	arg(c, 0) == "format"
}

lint_command(c) if {
	command_name(c) in {"mvn", "mvnw", "gradle", "gradlew"}
	some a in args(c)
	regex.match(`checkstyle|spotless|ktlint|detekt|pmd|spotbugs`, a)
}

lint_command(c) if {
	command_name(c) == "make"
	some a in args(c)
	a in {"lint", "fmt-check", "format-check", "check-format", "vet"}
}

lint_command(c) if {
	command_name(c) == "go"
	arg(c, 0) == "vet"
}

lint_command(c) if {
	command_name(c) == "cargo"
	arg(c, 0) in {"clippy", "fmt"}
}

lint_command(c) if contains(command_name(c), "lint")

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
