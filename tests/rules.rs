//! The rule catalog: listing and filtering, explain, the generated reference page, policy check,
//! and a user's policy directory through scan, policy test and policy check.

mod common;

use common::*;
use std::fs;

fn stdout_of(args: &[&str]) -> (i32, String) {
    let output = tollgate().args(args).output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).to_string(),
    )
}

#[test]
fn the_rules_reference_page_is_up_to_date() {
    let (code, generated) = stdout_of(&["rules", "--format", "markdown"]);
    assert_eq!(code, 0);
    let committed = fs::read_to_string(root().join("docs/rules.md")).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/rules.md is out of date: run `cargo run -- rules --format markdown > docs/rules.md`"
    );
}

#[test]
fn rules_filter_and_explain() {
    let (_, json) = stdout_of(&["rules", "--format", "json"]);
    let all: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    assert!(all.len() >= 60, "{}", all.len());
    let (_, json) = stdout_of(&[
        "rules",
        "--format",
        "json",
        "--kind",
        "dockerfile",
        "--severity",
        "high",
    ]);
    let some: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    assert!(!some.is_empty() && some.len() < all.len());
    assert!(some.iter().all(|r| r["severity"] == "high"
        && r["kinds"]
            .as_array()
            .unwrap()
            .iter()
            .any(|k| k == "dockerfile")));
    let (_, json) = stdout_of(&[
        "rules",
        "--format",
        "json",
        "--framework",
        "cis-aws-foundations",
    ]);
    let cis: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    assert!(cis.iter().all(|r| r["frameworks"]["cis-aws-foundations"]
        .as_array()
        .is_some_and(|c| !c.is_empty())));
    let (_, json) = stdout_of(&["rules", "--format", "json", "--dimension", "reliability"]);
    let reliability: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    assert!(reliability.iter().all(|r| r["dimension"] == "reliability"));

    let (code, text) = stdout_of(&["rules", "explain", "TG-AWS-S3-001"]);
    assert_eq!(code, 0);
    assert!(text.starts_with("TG-AWS-S3-001 — "), "{text}");
    assert!(text.contains("remediation (terraform)"), "{text}");
    assert!(text.contains("remediation (cloudformation)"), "{text}");
    assert!(text.contains("nist-800-53"), "{text}");
    let output = tollgate()
        .args(["rules", "explain", "TG-NOPE-1"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn the_builtin_pack_passes_policy_check() {
    let (code, text) = stdout_of(&["policy", "check"]);
    assert_eq!(code, 0, "{text}");
    assert!(text.trim_end().ends_with(", 0 problems"), "{text}");
}

const CUSTOM_POLICY: &str = "# METADATA\n# title: S3 buckets carry an owner tag\n# custom:\n#   id: ACME-TAG-001\n#   severity: low\n#   dimension: automation\n#   kinds: [terraform]\npackage acme.tags\n\nimport rego.v1\n\nimport data.tollgate.lib\n\ndeny contains {\"resource\": r.address, \"path\": [\"tags\", \"owner\"], \"message\": sprintf(\"%s has no owner tag\", [r.address])} if {\n\tsome r in lib.resources(\"aws_s3_bucket\")\n\tnot lib.is_unknown(r.attributes.tags)\n\tnot r.attributes.tags.owner\n}\n";

const CUSTOM_TEST: &str = "package acme.tags_test\n\nimport rego.v1\n\ntest_missing_owner_fails if {\n\tcount(data.acme.tags.deny) == 1 with input as {\"kind\": \"terraform\", \"resources\": [{\"address\": \"aws_s3_bucket.b\", \"type\": \"aws_s3_bucket\", \"attributes\": {\"tags\": {}}}]}\n}\n\ntest_owner_passes if {\n\tcount(data.acme.tags.deny) == 0 with input as {\"kind\": \"terraform\", \"resources\": [{\"address\": \"aws_s3_bucket.b\", \"type\": \"aws_s3_bucket\", \"attributes\": {\"tags\": {\"owner\": \"team\"}}}]}\n}\n";

#[test]
fn a_user_policy_directory_works_through_scan_test_and_check() {
    let dir = tempfile::tempdir().unwrap();
    let policies = dir.path().join("policies");
    fs::create_dir_all(&policies).unwrap();
    fs::write(policies.join("tags.rego"), CUSTOM_POLICY).unwrap();
    fs::write(policies.join("tags_test.rego"), CUSTOM_TEST).unwrap();
    let repo = dir.path().join("repo");
    fs::create_dir_all(&repo).unwrap();
    fs::write(
        repo.join("main.tf"),
        "resource \"aws_s3_bucket\" \"b\" {\n  tags = { team = \"x\" }\n}\n",
    )
    .unwrap();
    let policies_arg = policies.to_str().unwrap();

    let (code, report) = scan_json(&repo, &["--policy-dir", policies_arg, "--fail-on", "none"]);
    assert_eq!(code, 0);
    assert!(rule_ids(&report).contains(&"ACME-TAG-001".to_string()));
    // Built-in rules still run beside it.
    assert!(rule_ids(&report).contains(&"TG-AWS-S3-001".to_string()));

    let (code, text) = stdout_of(&["policy", "test", policies_arg]);
    assert_eq!(code, 0, "{text}");
    assert!(text.ends_with("2 passed, 0 failed\n"), "{text}");

    let (code, text) = stdout_of(&["policy", "check", policies_arg]);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("1 policy files checked, 0 problems"),
        "{text}"
    );
}

#[test]
fn policy_check_names_each_problem() {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        ("syntax.rego", "package a\nimport rego.v1\ndeny contains x if {\n"),
        ("nometa.rego", "package b\nimport rego.v1\ndeny contains \"x\" if false\n"),
        (
            "dimension.rego",
            "# METADATA\n# title: T\n# custom:\n#   id: X-1\n#   severity: low\n#   dimension: speed\n#   kinds: [terraform]\npackage c\nimport rego.v1\ndeny contains \"x\" if false\n",
        ),
        (
            "builtin.rego",
            "# METADATA\n# title: T\n# custom:\n#   id: X-2\n#   severity: low\n#   dimension: security\n#   kinds: [terraform]\npackage d\nimport rego.v1\ndeny contains \"x\" if crypto.sha256(\"a\") == \"b\"\n",
        ),
        (
            "good.rego",
            "# METADATA\n# title: Fine\n# custom:\n#   id: X-3\n#   severity: low\n#   dimension: security\n#   kinds: [terraform]\npackage e\nimport rego.v1\ndeny contains \"x\" if input.bad\n",
        ),
    ];
    for (name, text) in files {
        fs::write(dir.path().join(name), text).unwrap();
    }
    let (code, text) = stdout_of(&["policy", "check", dir.path().to_str().unwrap()]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("syntax.rego"), "{text}");
    assert!(
        text.contains("nometa.rego:1: missing `# METADATA`"),
        "{text}"
    );
    assert!(
        text.contains("dimension.rego:6: METADATA: dimension `speed`"),
        "{text}"
    );
    assert!(
        text.contains("builtin.rego: fails when evaluated"),
        "{text}"
    );
    assert!(!text.contains("good.rego"), "{text}");
    assert!(
        text.contains("5 policy files checked, 4 problems"),
        "{text}"
    );
}

#[test]
fn organization_data_comes_from_defaults_config_and_data_files() {
    let dir = tempfile::tempdir().unwrap();
    let policy = "# METADATA\n# title: Owner tag from organization data\n# custom:\n#   id: ACME-ORG-1\n#   severity: low\n#   dimension: automation\n#   kinds: [terraform]\npackage acme.org\nimport rego.v1\ndeny contains {\"resource\": r.address, \"message\": concat(\",\", data.tollgate.organization.required_tags)} if {\n\tsome r in input.resources\n}\n";
    fs::create_dir_all(dir.path().join("p")).unwrap();
    fs::write(dir.path().join("p/org.rego"), policy).unwrap();
    let repo = dir.path().join("repo");
    fs::create_dir_all(&repo).unwrap();
    fs::write(
        repo.join("main.tf"),
        "resource \"aws_sns_topic\" \"t\" {}\n",
    )
    .unwrap();
    let p = dir.path().join("p");
    let message = |extra: &[&str]| {
        let mut args = vec!["--policy-dir", p.to_str().unwrap(), "--no-builtin"];
        args.extend_from_slice(extra);
        let (_, report) = scan_json(&repo, &args);
        report["findings"][0]["message"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(message(&[]), "owner,environment");
    fs::write(
        repo.join("tollgate.toml"),
        "[organization]\nrequired_tags = [\"team\"]\n",
    )
    .unwrap();
    assert_eq!(message(&[]), "team");
    let data = dir.path().join("org.yaml");
    fs::write(
        &data,
        "organization:\n  required_tags: [cost-center, team]\n",
    )
    .unwrap();
    assert_eq!(
        message(&["--data", data.to_str().unwrap()]),
        "cost-center,team"
    );
}

/// Reads `rules/frameworks/<name>.yaml` as JSON through the scanner's own YAML reader.
fn framework_file(name: &str) -> Option<serde_json::Value> {
    let text =
        fs::read_to_string(root().join("rules/frameworks").join(format!("{name}.yaml"))).ok()?;
    tollgate::engine::data::parse(name, &text).ok()
}

#[test]
fn every_framework_control_a_rule_names_is_listed_in_its_framework_file() {
    let (_, json) = stdout_of(&["rules", "--format", "json"]);
    let rules: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    let mut problems = Vec::new();
    for rule in &rules {
        for (framework, controls) in rule["frameworks"].as_object().unwrap() {
            let Some(file) = framework_file(framework) else {
                problems.push(format!(
                    "{}: no rules/frameworks/{framework}.yaml",
                    rule["id"]
                ));
                continue;
            };
            for control in controls.as_array().unwrap() {
                let control = control.as_str().unwrap();
                if file["controls"].get(control).is_none() {
                    problems.push(format!(
                        "{}: {framework} {control} is not in the framework file",
                        rule["id"]
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_finra_categories_name_existing_rules() {
    let (_, json) = stdout_of(&["rules", "--format", "json"]);
    let rules: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    let ids: std::collections::BTreeSet<&str> =
        rules.iter().filter_map(|r| r["id"].as_str()).collect();
    let finra = framework_file("finra-maturity").expect("rules/frameworks/finra-maturity.yaml");
    let categories = finra["categories"].as_object().unwrap();
    assert_eq!(categories.len(), 6);
    for (name, category) in categories {
        for id in category["rules"].as_array().unwrap() {
            assert!(ids.contains(id.as_str().unwrap()), "{name}: no rule {id}");
        }
    }
}
