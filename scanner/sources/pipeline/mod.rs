//! CI/CD pipelines — GitHub Actions, GitLab CI and Jenkins declarative pipelines — to one
//! normalized shape (`input.pipeline`): jobs with their order, environment, approval and what
//! they do (test, lint, build, scan, deploy), so a maturity policy is written once.

pub mod github;
pub mod gitlab;
pub mod jenkins;

use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

/// A step of a job.
#[derive(Debug, Clone, Default)]
pub struct Step {
    pub name: Option<String>,
    /// Path inside the job resource's attributes.
    pub path: Vec<Value>,
    pub uses: Option<String>,
    pub run: Option<String>,
    pub commands: Vec<Value>,
}

/// A job (GitHub, GitLab) or stage (Jenkins).
#[derive(Debug, Clone, Default)]
pub struct Job {
    pub id: String,
    pub address: String,
    pub name: String,
    pub stage: Option<String>,
    pub needs: Vec<String>,
    pub before: Vec<String>,
    pub environment: Option<String>,
    pub manual: bool,
    pub approval: bool,
    pub image: Option<String>,
    pub steps: Vec<Step>,
}

fn command_words(c: &Value) -> (String, Vec<String>) {
    let name = c["name"].as_str().unwrap_or_default();
    let name = name.rsplit('/').next().unwrap_or(name).to_ascii_lowercase();
    let args = c["args"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_ascii_lowercase)
                .collect()
        })
        .unwrap_or_default();
    (name, args)
}

fn has_arg(args: &[String], words: &[&str]) -> bool {
    args.iter().any(|a| words.iter().any(|w| a == w))
}

/// What a job does, from its name, stage, environment, actions and commands.
pub fn activities(job: &Job) -> Value {
    let mut test = false;
    let mut lint = false;
    let mut build = false;
    let mut scan = false;
    let mut deploy = job.environment.is_some();
    let label = format!("{} {}", job.name, job.stage.as_deref().unwrap_or("")).to_ascii_lowercase();
    if ["deploy", "release", "publish", "rollout"]
        .iter()
        .any(|w| label.contains(w))
    {
        deploy = true;
    }
    for step in &job.steps {
        if let Some(uses) = &step.uses {
            let u = uses.to_ascii_lowercase();
            if u.contains("codeql-action")
                || u.contains("trivy-action")
                || u.contains("checkov-action")
                || u.starts_with("snyk/")
                || u.contains("tollgate")
                || u.contains("grype")
                || u.contains("semgrep")
            {
                scan = true;
            }
            if u.contains("deploy") {
                deploy = true;
            }
            if u.contains("build-push-action") {
                build = true;
            }
            if u.contains("lint") {
                lint = true;
            }
        }
        for c in &step.commands {
            let (name, args) = command_words(c);
            let first = args.first().map(String::as_str).unwrap_or("");
            let second = args.get(1).map(String::as_str).unwrap_or("");
            match name.as_str() {
                "pytest" | "tox" | "nox" | "jest" | "vitest" | "mocha" | "rspec" | "phpunit"
                | "ctest" => test = true,
                "cargo" if matches!(first, "test" | "nextest") => test = true,
                "cargo" if matches!(first, "clippy" | "fmt") => lint = true,
                "cargo" if first == "build" => build = true,
                "go" if first == "test" => test = true,
                "go" if first == "build" => build = true,
                "go" if first == "vet" => lint = true,
                "npm" | "yarn" | "pnpm" | "bun"
                    if first.contains("test") || (first == "run" && second.contains("test")) =>
                {
                    test = true
                }
                "npm" | "yarn" | "pnpm" | "bun"
                    if first.contains("lint") || second.contains("lint") =>
                {
                    lint = true
                }
                "npm" | "yarn" | "pnpm" | "bun"
                    if first == "build" || (first == "run" && second == "build") =>
                {
                    build = true
                }
                "mvn" | "mvnw" if has_arg(&args, &["test", "verify"]) => test = true,
                "mvn" | "mvnw" if has_arg(&args, &["package", "install"]) => build = true,
                "gradle" | "gradlew" if has_arg(&args, &["test", "check"]) => test = true,
                "gradle" | "gradlew" if has_arg(&args, &["build", "assemble"]) => build = true,
                "make" if has_arg(&args, &["test", "check", "tests"]) => test = true,
                "make" if has_arg(&args, &["lint"]) => lint = true,
                "make" if args.is_empty() || has_arg(&args, &["build", "all"]) => build = true,
                "dotnet" if first == "test" => test = true,
                "dotnet" if first == "build" => build = true,
                "python" | "python3"
                    if first == "-m" && matches!(second, "pytest" | "unittest" | "tox") =>
                {
                    test = true
                }
                "bundle" if args.iter().any(|a| a == "rspec" || a == "rake") => test = true,
                "docker" | "podman" | "buildah" if has_arg(&args, &["build", "buildx"]) => {
                    build = true
                }
                "kaniko" | "executor" => build = true,
                "trivy" | "checkov" | "tollgate" | "grype" | "snyk" | "semgrep" | "tfsec"
                | "kics" | "gitleaks" | "trufflehog" | "bandit" | "hadolint" => scan = true,
                "eslint" | "flake8" | "ruff" | "golangci-lint" | "shellcheck" | "tflint"
                | "rubocop" | "pylint" | "prettier" | "black" | "yamllint" => lint = true,
                "kubectl" | "oc"
                    if has_arg(&args, &["apply", "rollout", "set", "create", "replace"]) =>
                {
                    deploy = true
                }
                "helm" | "helmfile" if has_arg(&args, &["install", "upgrade", "sync", "apply"]) => {
                    deploy = true
                }
                "terraform" | "tofu" | "terragrunt" | "pulumi"
                    if has_arg(&args, &["apply", "up"]) =>
                {
                    deploy = true
                }
                "cdk" | "sam" | "serverless" | "sls" | "flyctl" | "fly" | "netlify" | "eb"
                    if has_arg(&args, &["deploy"]) =>
                {
                    deploy = true
                }
                "aws"
                    if has_arg(
                        &args,
                        &[
                            "update-service",
                            "deploy",
                            "create-deployment",
                            "update-function-code",
                        ],
                    ) =>
                {
                    deploy = true
                }
                "az" | "gcloud" if has_arg(&args, &["deploy", "up"]) => deploy = true,
                "argocd" if has_arg(&args, &["sync"]) => deploy = true,
                "ansible-playbook" | "vercel" | "kamal" | "capistrano" | "cap" => deploy = true,
                _ => {}
            }
            if name.contains("deploy") || name.contains("release") {
                deploy = true;
            }
            if name.contains("test") && !name.contains("attest") {
                test = true;
            }
            if name.contains("lint") {
                lint = true;
            }
        }
    }
    json!({"test": test, "lint": lint, "build": build, "scan": scan, "deploy": deploy})
}

/// Every job reachable through `needs`, transitively.
pub fn transitive_needs(jobs: &[Job]) -> BTreeMap<String, BTreeSet<String>> {
    let needs: BTreeMap<&str, &Vec<String>> =
        jobs.iter().map(|j| (j.id.as_str(), &j.needs)).collect();
    jobs.iter()
        .map(|job| {
            let mut seen = BTreeSet::new();
            let mut stack: Vec<&str> = job.needs.iter().map(String::as_str).collect();
            while let Some(id) = stack.pop() {
                if seen.insert(id.to_string()) {
                    if let Some(more) = needs.get(id) {
                        stack.extend(more.iter().map(String::as_str));
                    }
                }
            }
            (job.id.clone(), seen)
        })
        .collect()
}

/// The shared `input.pipeline` value.
pub fn pipeline_value(name: &str, triggers: &BTreeSet<String>, jobs: &[Job]) -> Value {
    let runs_on_change = [
        "push",
        "pull_request",
        "pull_request_target",
        "merge_request",
    ]
    .iter()
    .any(|t| triggers.contains(*t));
    let jobs: Vec<Value> = jobs
        .iter()
        .map(|j| {
            json!({
                "id": j.id,
                "address": j.address,
                "name": j.name,
                "stage": j.stage,
                "needs": j.needs,
                "before": j.before,
                "environment": j.environment,
                "manual": j.manual,
                "approval": j.approval,
                "image": j.image,
                "activities": activities(j),
                "steps": j.steps.iter().enumerate().map(|(i, s)| json!({
                    "index": i,
                    "name": s.name,
                    "path": s.path,
                    "uses": s.uses,
                    "run": s.run,
                    "commands": s.commands,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "name": name,
        "triggers": triggers,
        "runs_on_change": runs_on_change,
        "jobs": jobs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sources::shell;

    fn job(name: &str, script: &str) -> Job {
        Job {
            id: name.into(),
            name: name.into(),
            steps: vec![Step {
                commands: shell::parse(script).commands,
                ..Step::default()
            }],
            ..Job::default()
        }
    }

    #[test]
    fn activities_from_commands_and_names() {
        let cases = [
            ("ci", "cargo test --all", "test"),
            ("ci", "npm run test:unit", "test"),
            ("ci", "./gradlew check", "test"),
            ("ci", "python -m pytest -q", "test"),
            ("ci", "cargo clippy -- -D warnings", "lint"),
            ("ci", "docker build -t x .", "build"),
            ("ci", "trivy fs .", "scan"),
            ("ci", "helm upgrade --install app ./chart", "deploy"),
            ("ci", "kubectl apply -f k8s/", "deploy"),
            ("ci", "./scripts/deploy.sh prod", "deploy"),
            ("release", "echo hi", "deploy"),
        ];
        for (name, script, activity) in cases {
            let a = activities(&job(name, script));
            assert_eq!(a[activity], true, "{script} → {activity}: {a}");
        }
        let quiet = activities(&job("ci", "echo hello"));
        assert_eq!(
            quiet,
            json!({"test": false, "lint": false, "build": false, "scan": false, "deploy": false})
        );
    }
}
