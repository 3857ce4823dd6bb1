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

/// Pipeline files under a fixture directory: each is a document of its own.
fn pipeline_files(dir: &std::path::Path) -> usize {
    walk(dir)
        .iter()
        .filter(|p| {
            let text = p.to_string_lossy();
            text.contains(".github/workflows/")
                || text.ends_with(".gitlab-ci.yml")
                || text.ends_with("Jenkinsfile")
        })
        .count()
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// True when `path` (relative to fixtures/) lies in `dir` (`kind/concern/variant`).
fn inside(path: &str, dir: &str) -> bool {
    dir == "." || path == dir || path.starts_with(&format!("{dir}/"))
}

#[test]
fn every_policy_fails_its_failing_fixture_and_passes_its_passing_one() {
    let cases = cases();
    assert!(
        cases.len() >= 90,
        "expected the built-in pack, found {}",
        cases.len()
    );
    // One scan of the whole tree: every fixture directory is its own unit (a Terraform root
    // module, a template, a manifest, a pipeline file), so findings are told apart by path.
    let (_, report) = scan_json(&root().join("fixtures"), &["--fail-on", "none"]);
    let mut problems = Vec::new();
    for case in &cases {
        for (variant, should_fire) in [("fail", true), ("pass", false)] {
            let rel = format!("{}/{}/{variant}", case.kind, case.concern);
            let dir = root().join("fixtures").join(&rel);
            if !dir.is_dir() {
                problems.push(format!("missing fixture fixtures/{rel}"));
                continue;
            }
            // Repository rules look at a whole repository: each fixture is scanned on its own
            // (with --card, which adds the repository document) and its paths made comparable.
            let single;
            let (findings, diagnostics, rel) = if case.kind == "repository" {
                let (_, r) = scan_json(&dir, &["--fail-on", "none", "--card", "--no-history"]);
                single = r;
                (
                    single["findings"].as_array().unwrap(),
                    single["diagnostics"].as_array().unwrap(),
                    ".".to_string(),
                )
            } else {
                (
                    report["findings"].as_array().unwrap(),
                    report["diagnostics"].as_array().unwrap(),
                    rel,
                )
            };
            let fired: Vec<&serde_json::Value> = findings
                .iter()
                .filter(|f| f["rule_id"] == case.rule_id.as_str() && f["suppressed"].is_null())
                .filter(|f| inside(f["document"].as_str().unwrap_or(""), &rel))
                .collect();
            if fired.is_empty() == should_fire {
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
            // A pipeline rule written once for GitHub, GitLab and Jenkins must fire on every
            // pipeline file of its failing fixture.
            if case.kind == "pipeline" && should_fire {
                let documents: std::collections::BTreeSet<&str> = fired
                    .iter()
                    .filter_map(|f| f["document"].as_str())
                    .collect();
                let files = pipeline_files(&dir);
                if documents.len() != files {
                    problems.push(format!(
                        "{rel}: {} fires in {documents:?} of {files} pipeline files",
                        case.rule_id
                    ));
                }
            }
            for d in diagnostics
                .iter()
                .filter(|d| inside(d["file"].as_str().unwrap_or(""), &rel))
            {
                problems.push(format!("{rel}: diagnostic {d}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn same_concern_has_the_same_rule_id_in_code_and_in_live_aws() {
    let cases = cases();
    let mut live = 0;
    for tf in cases.iter().filter(|c| c.kind == "terraform") {
        for other in cases
            .iter()
            .filter(|c| (c.kind == "cloudformation" || c.kind == "aws") && c.concern == tf.concern)
        {
            assert_eq!(tf.rule_id, other.rule_id, "{} ({})", tf.concern, other.kind);
            live += usize::from(other.kind == "aws");
        }
    }
    assert!(
        live >= 40,
        "{live} live AWS concerns share a Terraform rule id"
    );
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
