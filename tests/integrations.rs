//! The integrations shipped in the repository hold together: the GitHub Action runs the scan
//! with its inputs, the pre-commit hook calls the scanner, and the GitLab and Jenkins examples
//! are pipelines Tollgate itself reads as scanning jobs.

mod common;

use common::*;
use serde_json::Value;
use std::fs;

fn yaml(path: &str) -> Value {
    let text = fs::read_to_string(root().join(path)).unwrap();
    tollgate::engine::data::parse(path, &text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_github_action_is_a_composite_action_running_the_scan() {
    let action = yaml("integrations/github-action/action.yml");
    assert_eq!(action["runs"]["using"], "composite");
    for input in ["path", "fail-on", "baseline", "sarif", "version"] {
        assert!(action["inputs"].get(input).is_some(), "input {input}");
    }
    let scan = action["runs"]["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "Scan")
        .unwrap();
    let script = scan["run"].as_str().unwrap();
    assert!(script.contains("scan \"$TOLLGATE_PATH\" --format sarif --output \"$TOLLGATE_SARIF\" --fail-on \"$TOLLGATE_FAIL_ON\""));
    assert!(script.contains("--baseline"));
    // Every input the steps use is declared.
    let text = fs::read_to_string(root().join("integrations/github-action/action.yml")).unwrap();
    for used in text.split("inputs.").skip(1) {
        let name: String = used
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        assert!(
            action["inputs"].get(&name).is_some(),
            "undeclared input {name}"
        );
    }
}

#[test]
fn the_pre_commit_hook_calls_the_scanner() {
    let hooks = yaml(".pre-commit-hooks.yaml");
    let hook = &hooks[0];
    assert_eq!(hook["id"], "tollgate");
    assert_eq!(hook["language"], "rust");
    assert!(hook["entry"]
        .as_str()
        .unwrap()
        .starts_with("tollgate scan "));
    assert_eq!(hook["pass_filenames"], false);
}

#[test]
fn the_gitlab_and_jenkins_examples_are_pipelines_that_scan() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(
        root().join("integrations/gitlab-ci.yml"),
        dir.path().join(".gitlab-ci.yml"),
    )
    .unwrap();
    fs::copy(
        root().join("integrations/Jenkinsfile"),
        dir.path().join("Jenkinsfile"),
    )
    .unwrap();
    let (_, report) = scan_json(dir.path(), &["--fail-on", "none", "--card", "--no-history"]);
    assert!(
        report["diagnostics"].as_array().unwrap().is_empty(),
        "{report:#}"
    );
    // With a scan job in each, the "security scanning runs in CI" evidence is present.
    assert!(
        !rule_ids(&report).contains(&"TG-REPO-007".to_string()),
        "{:?}",
        rule_ids(&report)
    );
    assert!(
        !rule_ids(&report).contains(&"TG-PIPE-007".to_string()),
        "{:?}",
        rule_ids(&report)
    );
}
