//! tollgate.toml: the shipped JSON Schema agrees with the parser, and each setting changes the
//! scan as documented.

mod common;

use common::*;
use serde_json::Value;
use std::fs;

const EXAMPLE: &str = "fail_on = \"medium\"\nformat = \"json\"\nexclude = [\"legacy\"]\n\n[rules]\ndisable = [\"TG-ORG-001\"]\n\n[severity]\n\"TG-AWS-KMS-001\" = \"high\"\n\n[organization]\nrequired_tags = [\"team\"]\nlog_retention_days = 365\n";

fn schema() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(
        &fs::read_to_string(root().join("docs/tollgate.schema.json")).unwrap(),
    )
    .unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

fn as_json(toml_text: &str) -> Value {
    serde_json::to_value(toml::from_str::<toml::Table>(toml_text).unwrap()).unwrap()
}

#[test]
fn the_schema_accepts_the_example_and_rejects_unknown_keys() {
    let validator = schema();
    assert!(validator.is_valid(&as_json(EXAMPLE)));
    assert!(!validator.is_valid(&as_json("[rules]\ndisabled = [\"X\"]\n")));
    assert!(!validator.is_valid(&as_json("fail_on = \"urgent\"\n")));
    assert!(tollgate::config::Config::parse("t", EXAMPLE).is_ok());
}

#[test]
fn settings_change_the_scan() {
    let dir = tempfile::tempdir().unwrap();
    let key = "resource \"aws_kms_key\" \"k\" {\n  enable_key_rotation = false\n}\n";
    fs::create_dir_all(dir.path().join("legacy")).unwrap();
    fs::write(dir.path().join("main.tf"), key).unwrap();
    fs::write(dir.path().join("legacy/main.tf"), key).unwrap();
    fs::write(dir.path().join("tollgate.toml"), EXAMPLE).unwrap();
    let output = tollgate().arg("scan").arg(dir.path()).output().unwrap();
    // format = "json" from the file; fail_on = "medium" makes the (now high) finding fail.
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(1));
    let findings = report["findings"].as_array().unwrap();
    assert!(
        findings.iter().all(|f| f["file"] == "main.tf"),
        "legacy/ excluded"
    );
    assert!(
        findings.iter().all(|f| f["rule_id"] != "TG-ORG-001"),
        "disabled rule"
    );
    let kms = findings
        .iter()
        .find(|f| f["rule_id"] == "TG-AWS-KMS-001")
        .unwrap();
    assert_eq!(kms["severity"], "high", "severity override");
    // The command line wins over the file.
    let output = tollgate()
        .arg("scan")
        .arg(dir.path())
        .args(["--fail-on", "none", "--format", "table"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).contains("TG-AWS-KMS-001"));
    // An unknown key is an error naming the file and line.
    fs::write(
        dir.path().join("tollgate.toml"),
        "fail_on = \"high\"\n[rules]\ndisabled = [\"X\"]\n",
    )
    .unwrap();
    let output = tollgate().arg("scan").arg(dir.path()).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("tollgate.toml")
            && stderr.contains("line 3")
            && stderr.contains("disabled"),
        "{stderr}"
    );
}
