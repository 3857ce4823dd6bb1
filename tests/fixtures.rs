//! Every policy has a failing and a passing fixture: the failing one must raise the policy's
//! rule, the passing one must not. Policies are discovered from `policies/<kind>/`, so adding a
//! rule never means editing this table.

mod common;

use common::*;
use std::fs;

struct Case {
    kind: String,
    concern: String,
    rule_id: String,
}

fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    let mut kinds: Vec<String> = fs::read_dir(root().join("policies"))
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|k| k != "lib")
        .collect();
    kinds.sort();
    for kind in &kinds {
        let dir = root().join("policies").join(kind);
        let mut entries: Vec<_> = fs::read_dir(&dir).unwrap().flatten().collect();
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let name = entry.file_name().to_string_lossy().to_string();
            if !name.ends_with(".rego") || name.ends_with("_test.rego") {
                continue;
            }
            let text = fs::read_to_string(entry.path()).unwrap();
            let rule_id = policy_id(&text).unwrap_or_else(|| panic!("{name} has no id"));
            cases.push(Case {
                kind: kind.clone(),
                concern: name.trim_end_matches(".rego").to_string(),
                rule_id,
            });
        }
    }
    cases
}

#[test]
fn every_policy_fails_its_failing_fixture_and_passes_its_passing_one() {
    let cases = cases();
    assert!(
        cases.len() >= 50,
        "expected the built-in pack, found {}",
        cases.len()
    );
    let mut problems = Vec::new();
    for case in &cases {
        for (variant, should_fire) in [("fail", true), ("pass", false)] {
            let dir = root()
                .join("fixtures")
                .join(&case.kind)
                .join(&case.concern)
                .join(variant);
            if !dir.is_dir() {
                problems.push(format!("missing fixture {}", dir.display()));
                continue;
            }
            let (_, report) = scan_json(&dir, &["--fail-on", "none"]);
            let fired = rule_ids(&report).contains(&case.rule_id);
            // A pipeline rule written once for GitHub, GitLab and Jenkins must fire on every
            // pipeline file of its failing fixture.
            if case.kind == "pipeline" && should_fire {
                let files_with_finding: std::collections::BTreeSet<&str> = report["findings"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|f| f["rule_id"] == case.rule_id.as_str())
                    .filter_map(|f| f["document"].as_str())
                    .collect();
                let documents = report["summary"]["documents"].as_u64().unwrap_or(0) as usize;
                if files_with_finding.len() != documents {
                    problems.push(format!(
                        "pipeline/{}/fail: {} fires in {:?} of {documents} pipeline files",
                        case.concern, case.rule_id, files_with_finding
                    ));
                }
            }
            if fired != should_fire {
                problems.push(format!(
                    "{}/{}/{variant}: {} {}",
                    case.kind,
                    case.concern,
                    case.rule_id,
                    if should_fire {
                        "not reported"
                    } else {
                        "reported"
                    }
                ));
            }
            if !report["diagnostics"].as_array().unwrap().is_empty() {
                problems.push(format!(
                    "{}/{}/{variant}: diagnostics {}",
                    case.kind, case.concern, report["diagnostics"]
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn same_concern_has_the_same_rule_id_in_both_kinds() {
    let cases = cases();
    for tf in cases.iter().filter(|c| c.kind == "terraform") {
        if let Some(cfn) = cases
            .iter()
            .find(|c| c.kind == "cloudformation" && c.concern == tf.concern)
        {
            assert_eq!(tf.rule_id, cfn.rule_id, "{}", tf.concern);
        }
    }
}

#[test]
fn rego_unit_tests_of_the_builtin_pack_pass() {
    let output = tollgate().args(["policy", "test"]).output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    let summary = stdout.lines().last().unwrap_or_default();
    assert!(summary.ends_with(" passed, 0 failed"), "{summary}");
    let passed: usize = summary.split(' ').next().unwrap().parse().unwrap();
    // At least a failing and a passing test per policy file.
    assert!(passed >= 2 * cases().len(), "{summary}");
}
