//! Helpers shared by the integration tests.
#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn tollgate() -> Command {
    let mut cmd = Command::cargo_bin("tollgate").expect("tollgate binary");
    cmd.current_dir(root());
    cmd.env_remove("RUST_LOG");
    // Tests may run inside GitHub Actions: keep its workflow commands out of parsed output.
    cmd.env_remove("GITHUB_ACTIONS");
    cmd.env_remove("GITHUB_STEP_SUMMARY");
    cmd.env_remove("CI");
    cmd
}

/// Runs `tollgate scan PATH --format FORMAT` plus extra arguments; returns (exit code, stdout).
pub fn scan(path: &Path, format: &str, extra: &[&str]) -> (i32, String, String) {
    let output = tollgate()
        .arg("scan")
        .arg(path)
        .args(["--format", format])
        .args(extra)
        .output()
        .expect("run tollgate");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).to_string(),
        String::from_utf8_lossy(&output.stderr).to_string(),
    )
}

pub fn scan_json(path: &Path, extra: &[&str]) -> (i32, Value) {
    let (code, stdout, stderr) = scan(path, "json", extra);
    let value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "invalid JSON ({e}) from {}: {stdout}\n{stderr}",
            path.display()
        )
    });
    (code, value)
}

pub fn rule_ids(report: &Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .map(|f| {
            f.iter()
                .filter(|f| f["suppressed"].is_null())
                .filter_map(|f| f["rule_id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The `id:` of a policy file's METADATA.
pub fn policy_id(text: &str) -> Option<String> {
    text.lines()
        .find_map(|l| l.trim_start_matches('#').trim().strip_prefix("id:"))
        .map(|s| s.trim().to_string())
}

pub fn sarif_validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/schemas/sarif-schema-2.1.0.json"))
            .expect("schema file"),
    )
    .expect("schema JSON");
    jsonschema::validator_for(&schema).expect("compile SARIF schema")
}

pub fn assert_valid_sarif(sarif: &Value) {
    let validator = sarif_validator();
    let errors: Vec<String> = validator
        .iter_errors(sarif)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "SARIF does not validate:\n{}",
        errors.join("\n")
    );
}
