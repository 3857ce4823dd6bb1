//! End-to-end behaviour of `tollgate scan`: outputs, exit codes, suppressions, user policies,
//! bad input. Each test builds its own repository in a temporary directory.

mod common;

use common::*;
use serde_json::{json, Value};
use std::fs;
use std::path::Path;

fn write(dir: &Path, files: &[(&str, &str)]) {
    for (path, text) in files {
        let full = dir.join(path);
        fs::create_dir_all(full.parent().unwrap()).unwrap();
        fs::write(full, text).unwrap();
    }
}

const OPEN_SSH: &str = r#"
resource "aws_security_group" "ssh" {
  name = "ssh"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
"#;

const UNROTATED_KEY: &str = "resource \"aws_kms_key\" \"k\" {\n  enable_key_rotation = false\n}\n";

#[test]
fn fail_on_threshold_sets_the_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), &[("main.tf", UNROTATED_KEY)]); // a medium finding
    let code = |threshold: &str| scan(dir.path(), "table", &["--fail-on", threshold]).0;
    assert_eq!(code("high"), 0);
    assert_eq!(code("medium"), 1);
    assert_eq!(code("low"), 1);
    assert_eq!(code("none"), 0);
    // The default threshold is high.
    write(dir.path(), &[("sg.tf", OPEN_SSH)]);
    assert_eq!(scan(dir.path(), "table", &[]).0, 1);
}

#[test]
fn table_names_rule_resource_and_line() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), &[("sg.tf", OPEN_SSH)]);
    let (_, stdout, _) = scan(dir.path(), "table", &[]);
    assert!(stdout.contains("TG-AWS-EC2-001"), "{stdout}");
    assert!(stdout.contains("aws_security_group.ssh"), "{stdout}");
    assert!(stdout.contains("sg.tf:8"), "{stdout}");
    assert!(stdout.contains("findings"), "{stdout}");
}

#[test]
fn json_output_has_versioned_schema_and_locations() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), &[("sg.tf", OPEN_SSH)]);
    let (_, report) = scan_json(dir.path(), &[]);
    assert_eq!(report["schema"], "tollgate.scan/v1");
    let finding = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule_id"] == "TG-AWS-EC2-001")
        .unwrap();
    assert_eq!(finding["file"], "sg.tf");
    assert_eq!(finding["resource"], "aws_security_group.ssh");
    assert_eq!(finding["start_line"], 8, "points at cidr_blocks");
    assert_eq!(finding["fingerprint"].as_str().unwrap().len(), 32);
    assert_eq!(report["summary"]["documents"], 1);
    assert!(report["rules"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["id"] == "TG-AWS-EC2-001"));
}

#[test]
fn sarif_validates_against_the_official_schema() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        &[
            ("sg.tf", OPEN_SSH),
            ("broken.tf", "resource \"x\" {\n"),
            (
                "keys.tf",
                "# tollgate:ignore=TG-AWS-KMS-001 reason=\"test key\"\nresource \"aws_kms_key\" \"k\" {}\n",
            ),
        ],
    );
    let out = dir.path().join("out.sarif");
    let (code, _, _) = scan(dir.path(), "sarif", &["--output", out.to_str().unwrap()]);
    assert_eq!(code, 1);
    let sarif: Value = serde_json::from_str(&fs::read_to_string(&out).unwrap()).unwrap();
    assert_valid_sarif(&sarif);
    let run = &sarif["runs"][0];
    let results = run["results"].as_array().unwrap();
    assert!(!results.is_empty());
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    for result in results {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        assert!(result["partialFingerprints"]["tollgate/v1"].is_string());
    }
    let rule = rules.iter().find(|r| r["id"] == "TG-AWS-EC2-001").unwrap();
    assert_eq!(rule["properties"]["security-severity"], "8.0");
    assert!(rule["help"]["markdown"]
        .as_str()
        .unwrap()
        .contains("Remediation"));
    let notes = run["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .unwrap();
    assert!(notes
        .iter()
        .any(|n| n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "broken.tf"));
    assert_eq!(run["invocations"][0]["executionSuccessful"], false);
}

#[test]
fn sarif_is_byte_identical_across_runs() {
    let fixtures = root().join("fixtures");
    let (_, first, _) = scan(&fixtures, "sarif", &[]);
    let (_, second, _) = scan(&fixtures, "sarif", &["--threads", "1"]);
    assert!(first.len() > 1000);
    assert!(first == second, "SARIF differs between runs");
}

#[test]
fn inline_suppression_with_reason_suppresses_and_without_reason_is_a_finding() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        &[
            (
                "main.tf",
                "# tollgate:ignore=TG-AWS-KMS-001 reason=\"key for test data only\"\nresource \"aws_kms_key\" \"a\" {\n  enable_key_rotation = false\n}\n\nresource \"aws_kms_key\" \"b\" { # tollgate:ignore=TG-AWS-KMS-001\n  enable_key_rotation = false\n}\n",
            ),
            (
                "t.yaml",
                "Resources:\n  # tollgate:ignore=TG-AWS-KMS-001 reason=\"imported key\"\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: false\n",
            ),
        ],
    );
    let (_, report) = scan_json(dir.path(), &["--fail-on", "none"]);
    let findings = report["findings"].as_array().unwrap();
    let find = |rule: &str, resource: Value| {
        findings
            .iter()
            .find(|f| f["rule_id"] == rule && f["resource"] == resource)
            .unwrap_or_else(|| panic!("no {rule} {resource} in {findings:#?}"))
    };
    let a = find("TG-AWS-KMS-001", json!("aws_kms_key.a"));
    assert_eq!(a["suppressed"]["justification"], "key for test data only");
    let b = find("TG-AWS-KMS-001", json!("aws_kms_key.b"));
    assert!(
        b["suppressed"].is_null(),
        "a suppression without reason must not suppress"
    );
    let reasonless = find("TG-TOLLGATE-001", Value::Null);
    assert_eq!(reasonless["start_line"], 6);
    let key = find("TG-AWS-KMS-001", json!("Key"));
    assert_eq!(key["suppressed"]["justification"], "imported key");

    let (_, sarif, _) = scan(dir.path(), "sarif", &["--fail-on", "none"]);
    let sarif: Value = serde_json::from_str(&sarif).unwrap();
    let suppressed: Vec<&Value> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r.get("suppressions").is_some())
        .collect();
    assert_eq!(suppressed.len(), 2);
    assert_eq!(suppressed[0]["suppressions"][0]["kind"], "inSource");
    assert!(suppressed[0]["suppressions"][0]["justification"].is_string());
}

#[test]
fn user_policies_from_policy_dir_are_evaluated() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        &[
            ("repo/main.tf", "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n}\n"),
            (
                "policies/tags.rego",
                "# METADATA\n# title: Buckets carry an owner tag\n# custom:\n#   id: ACME-001\n#   severity: low\n#   dimension: automation\n#   kinds: [terraform]\npackage acme.tags\nimport rego.v1\ndeny contains {\"resource\": r.address, \"path\": [\"tags\"], \"message\": \"no owner tag\"} if {\n\tsome r in input.resources\n\tr.type == \"aws_s3_bucket\"\n\tnot r.attributes.tags.owner\n}\n",
            ),
        ],
    );
    let policies = dir.path().join("policies");
    let (_, report) = scan_json(
        &dir.path().join("repo"),
        &["--policy-dir", policies.to_str().unwrap(), "--no-builtin"],
    );
    assert_eq!(rule_ids(&report), vec!["ACME-001"]);
    assert_eq!(report["findings"][0]["start_line"], 1);
}

#[test]
fn broken_policies_are_clear_errors_with_exit_2() {
    let cases = [
        ("syntax.rego", "package p\nimport rego.v1\ndeny contains x if {\n", "syntax.rego"),
        (
            "nometa.rego",
            "package p\nimport rego.v1\ndeny contains \"x\" if false\n",
            "missing `# METADATA`",
        ),
        (
            "badsev.rego",
            "# METADATA\n# title: T\n# custom:\n#   id: X-1\n#   severity: urgent\n#   dimension: security\n#   kinds: [terraform]\npackage p\nimport rego.v1\ndeny contains \"x\" if false\n",
            "badsev.rego:5: METADATA: severity `urgent`",
        ),
        (
            "builtin.rego",
            "# METADATA\n# title: T\n# custom:\n#   id: X-2\n#   severity: low\n#   dimension: security\n#   kinds: [terraform]\npackage p\nimport rego.v1\ndeny contains \"x\" if crypto.sha256(\"a\") == \"b\"\n",
            "builtin.rego: policy fails when evaluated",
        ),
    ];
    for (name, text, expected) in cases {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), &[(name, text)]);
        let (code, _, stderr) = scan(
            &root().join("fixtures/terraform/kms_rotation/pass"),
            "table",
            &["--policy-dir", dir.path().to_str().unwrap()],
        );
        assert_eq!(code, 2, "{name}: {stderr}");
        assert!(stderr.contains(expected), "{name}: {stderr}");
    }
}

#[test]
fn exclude_globs_and_skipped_directories() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        &[
            ("app/main.tf", UNROTATED_KEY),
            ("legacy/main.tf", UNROTATED_KEY),
            (".terraform/modules/x/main.tf", UNROTATED_KEY),
            ("node_modules/y/main.tf", UNROTATED_KEY),
        ],
    );
    let (_, report) = scan_json(dir.path(), &["--exclude", "legacy"]);
    let files: std::collections::BTreeSet<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    assert_eq!(files.into_iter().collect::<Vec<_>>(), vec!["app/main.tf"]);
}

#[test]
fn bad_input_is_a_diagnostic_and_the_rest_is_scanned() {
    let dir = tempfile::tempdir().unwrap();
    let mut bomb = String::from(
        "AWSTemplateFormatVersion: '2010-09-09'\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n",
    );
    for i in 1..12 {
        bomb.push_str(&format!(
            "a{i}: &a{i} [{}]\n",
            vec![format!("*a{}", i - 1); 10].join(", ")
        ));
    }
    bomb.push_str("Resources:\n  K:\n    Type: AWS::KMS::Key\n");
    write(
        dir.path(),
        &[
            ("good/main.tf", UNROTATED_KEY),
            (
                "bad-hcl/main.tf",
                "resource \"aws_kms_key\" \"k\" {\n  enable_key_rotation = \n",
            ),
            (
                "bad-yaml/t.yaml",
                "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  K: [AWS::KMS::Key\n",
            ),
            ("bomb/t.yaml", &bomb),
            (
                "deep/main.tf",
                &format!("locals {{\n  x = {}\n}}\n", "[".repeat(100_000)),
            ),
            ("empty/main.tf", ""),
            ("unrelated/package.json", "{\"name\": \"x\"}"),
            ("notyaml/x.yaml", "\t- : : [\n"),
        ],
    );
    fs::write(dir.path().join("binary/main.tf"), [0xff, 0xfe, 0x00, 0x01]).ok();
    fs::create_dir_all(dir.path().join("binary")).unwrap();
    fs::write(dir.path().join("binary/main.tf"), [0xff, 0xfe, 0x00, 0x01]).unwrap();
    let (code, report) = scan_json(dir.path(), &["--fail-on", "none"]);
    assert_eq!(code, 3, "incomplete scan exit code: {report:#}");
    let diagnostics = report["diagnostics"].as_array().unwrap();
    let files: Vec<&str> = diagnostics
        .iter()
        .map(|d| d["file"].as_str().unwrap())
        .collect();
    for expected in [
        "bad-hcl/main.tf",
        "bad-yaml/t.yaml",
        "bomb/t.yaml",
        "deep/main.tf",
        "binary/main.tf",
    ] {
        assert!(
            files.contains(&expected),
            "no diagnostic for {expected}: {diagnostics:#?}"
        );
    }
    // Files that are not configuration are ignored quietly.
    assert!(!files.contains(&"unrelated/package.json"));
    assert!(!files.contains(&"notyaml/x.yaml"));
    assert!(rule_ids(&report).contains(&"TG-AWS-KMS-001".to_string()));
    let (_, _, stderr) = scan(dir.path(), "table", &[]);
    assert!(
        stderr.contains("error: bad-hcl/main.tf:2:25: invalid HCL"),
        "{stderr}"
    );
    // Findings at the threshold win over an incomplete scan.
    assert_eq!(scan(dir.path(), "table", &["--fail-on", "medium"]).0, 1);
}

#[test]
fn files_over_the_size_limit_are_skipped_with_a_notification() {
    let dir = tempfile::tempdir().unwrap();
    let big = format!("{UNROTATED_KEY}{}", "# padding\n".repeat(200));
    write(
        dir.path(),
        &[("a/main.tf", &big), ("b/main.tf", UNROTATED_KEY)],
    );
    let (code, report) = scan_json(
        dir.path(),
        &["--max-file-size", "1000", "--fail-on", "none"],
    );
    assert_eq!(
        code, 0,
        "a skipped file is a warning, not an incomplete scan"
    );
    let d = &report["diagnostics"][0];
    assert_eq!(d["code"], "file-too-large");
    assert_eq!(d["file"], "a/main.tf");
    let files: std::collections::BTreeSet<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    assert_eq!(files.into_iter().collect::<Vec<_>>(), vec!["b/main.tf"]);
    assert!(rule_ids(&report).contains(&"TG-AWS-KMS-001".to_string()));
}

#[test]
fn symlinks_are_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    write(outside.path(), &[("main.tf", UNROTATED_KEY)]);
    write(
        dir.path(),
        &[("app/main.tf", "resource \"aws_sns_topic\" \"t\" {}\n")],
    );
    std::os::unix::fs::symlink(outside.path(), dir.path().join("link")).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("main.tf"),
        dir.path().join("app/evil.tf"),
    )
    .unwrap();
    let (_, report) = scan_json(dir.path(), &["--fail-on", "none"]);
    assert!(!rule_ids(&report).contains(&"TG-AWS-KMS-001".to_string()));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(
        tollgate().args(["scan"]).output().unwrap().status.code(),
        Some(2)
    );
    assert_eq!(
        tollgate()
            .args(["scan", "/nonexistent/path"])
            .output()
            .unwrap()
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        tollgate()
            .args(["scan", ".", "--fail-on", "sometimes"])
            .output()
            .unwrap()
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn policy_test_reports_failures_with_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        &[
            (
                "p.rego",
                "# METADATA\n# title: T\n# custom:\n#   id: P-1\n#   severity: low\n#   dimension: security\n#   kinds: [terraform]\npackage p\nimport rego.v1\ndeny contains \"x\" if input.bad\n",
            ),
            (
                "p_test.rego",
                "package p_test\nimport rego.v1\ntest_ok if {\n\tcount(data.p.deny) == 1 with input as {\"bad\": true}\n}\ntest_broken if {\n\tcount(data.p.deny) == 1 with input as {}\n}\n",
            ),
        ],
    );
    let output = tollgate()
        .args(["policy", "test"])
        .arg(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("PASS p_test.test_ok"), "{stdout}");
    assert!(stdout.contains("FAIL p_test.test_broken"), "{stdout}");
    assert!(stdout.ends_with("1 passed, 1 failed\n"), "{stdout}");
}

#[test]
fn demo_repository_findings_need_static_evaluation() {
    let (code, report) = scan_json(&root().join("fixtures/demo"), &[]);
    assert_eq!(code, 1);
    let mut seen: Vec<(String, String, String, u64)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap().to_string(),
                f["resource"].as_str().unwrap_or("").to_string(),
                f["file"].as_str().unwrap().to_string(),
                f["start_line"].as_u64().unwrap(),
            )
        })
        .collect();
    seen.sort();
    let expect = |rule: &str, resource: &str, file: &str, line: u64| {
        let want = (
            rule.to_string(),
            resource.to_string(),
            file.to_string(),
            line,
        );
        assert!(seen.contains(&want), "missing {want:?} in {seen:#?}");
    };
    // terraform.tfvars turns versioning off.
    expect(
        "TG-AWS-S3-003",
        "aws_s3_bucket_versioning.artifacts",
        "infra/main.tf",
        37,
    );
    // A dynamic block over a variable's default opens port 22.
    expect(
        "TG-AWS-EC2-001",
        "aws_security_group.bastion",
        "infra/main.tf",
        58,
    );
    // The child module receives multi_az = (var.environment == "prod") with environment from tfvars.
    expect(
        "TG-AWS-RDS-002",
        "module.database.aws_db_instance.this",
        "modules/database/main.tf",
        10,
    );
    expect(
        "TG-AWS-RDS-003",
        "module.database.aws_db_instance.this",
        "modules/database/main.tf",
        11,
    );
    // A CloudFormation condition on a parameter default turns encryption off.
    expect("TG-AWS-SQS-001", "OrderEvents", "stacks/queue.yaml", 14);
    // Resources configured well are not reported.
    assert!(!seen
        .iter()
        .any(|f| f.1.contains("aws_kms_key") || f.1 == "OrderTopic" || f.1 == "Logs"));
}

#[test]
fn bad_input_of_every_kind_is_diagnosed_and_the_rest_is_scanned() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        &[
            ("good/main.tf", UNROTATED_KEY),
            (
                "k8s/broken.yaml",
                "apiVersion: v1\nkind: Pod\nmetadata: {name: x\n",
            ),
            ("empty/Dockerfile", ""),
            (
                "comments/Dockerfile",
                "# nothing but a comment\n\n# another\n",
            ),
            (".github/workflows/list.yml", "- just\n- a list\n"),
            ("jenkins/Jenkinsfile", "node {\n  sh 'make'\n}\n"),
            ("unbalanced/Jenkinsfile", "pipeline {\n  stages {\n"),
            ("compose/docker-compose.yml", "services: [\n"),
        ],
    );
    let (code, report) = scan_json(dir.path(), &["--fail-on", "none"]);
    assert_eq!(code, 3, "{report:#}");
    let diagnostics = report["diagnostics"].as_array().unwrap();
    let find = |file: &str| {
        diagnostics
            .iter()
            .find(|d| d["file"] == file)
            .unwrap_or_else(|| panic!("no diagnostic for {file}: {diagnostics:#?}"))
    };
    assert_eq!(find("k8s/broken.yaml")["level"], "error");
    assert!(find("empty/Dockerfile")["message"]
        .as_str()
        .unwrap()
        .contains("no instructions"));
    assert!(find("comments/Dockerfile")["message"]
        .as_str()
        .unwrap()
        .contains("only comments"));
    assert!(find(".github/workflows/list.yml")["message"]
        .as_str()
        .unwrap()
        .contains("not a YAML mapping"));
    assert!(find("jenkins/Jenkinsfile")["message"]
        .as_str()
        .unwrap()
        .contains("scripted pipeline"));
    assert!(find("unbalanced/Jenkinsfile")["message"]
        .as_str()
        .unwrap()
        .contains("not closed"));
    assert_eq!(find("compose/docker-compose.yml")["level"], "error");
    assert!(rule_ids(&report).contains(&"TG-AWS-KMS-001".to_string()));
}

#[test]
fn a_repository_with_every_kind_is_scanned_in_one_run() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        &[
            ("infra/main.tf", UNROTATED_KEY),
            ("stack.yaml", "Resources:\n  K:\n    Type: AWS::KMS::Key\n"),
            ("k8s/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: nginx\n"),
            ("Dockerfile", "FROM alpine:3.20\nRUN apk add --no-cache curl\n"),
            ("compose.yaml", "services:\n  web:\n    image: nginx:1.27\n"),
            (".github/workflows/ci.yml", "on: [push]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n"),
            (".gitlab-ci.yml", "test:\n  script: make test\n"),
            ("Jenkinsfile", "pipeline {\n  agent any\n  stages {\n    stage('Test') { steps { sh 'make test' } }\n  }\n}\n"),
            ("plan/plan.json", "{\"format_version\": \"1.2\", \"planned_values\": {\"root_module\": {\"resources\": [{\"address\": \"aws_kms_key.k\", \"mode\": \"managed\", \"type\": \"aws_kms_key\", \"name\": \"k\", \"values\": {\"enable_key_rotation\": false}}]}}}"),
        ],
    );
    let (_, report) = scan_json(dir.path(), &["--fail-on", "none"]);
    assert!(
        report["diagnostics"].as_array().unwrap().is_empty(),
        "{report:#}"
    );
    let kinds: std::collections::BTreeSet<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["kind"].as_str())
        .collect();
    assert_eq!(report["summary"]["documents"], 9, "{report:#}");
    for kind in ["terraform", "cloudformation", "kubernetes", "dockerfile"] {
        assert!(kinds.contains(kind), "no {kind} finding in {kinds:?}");
    }
    // The plan's finding is reported on the plan file (no .tf source for it in the tree).
    assert!(report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["file"] == "plan/plan.json" && f["rule_id"] == "TG-AWS-KMS-001"));
}

#[test]
fn container_rules_report_the_same_id_in_pods_deployments_and_cronjobs() {
    let container = "      - name: app\n        image: ghcr.io/acme/app:1.0\n        securityContext:\n          privileged: true\n";
    let indent = |text: &str, by: usize| {
        text.lines()
            .map(|l| format!("{}{l}\n", " ".repeat(by)))
            .collect::<String>()
    };
    let manifest = format!(
        "apiVersion: v1\nkind: Pod\nmetadata: {{name: pod}}\nspec:\n  containers:\n{}---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {{name: deploy, namespace: prod}}\nspec:\n  template:\n    spec:\n      containers:\n{}---\napiVersion: batch/v1\nkind: CronJob\nmetadata: {{name: cron}}\nspec:\n  schedule: '@daily'\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n{}",
        indent(container, 0),
        indent(container, 4),
        indent(container, 8)
    );
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), &[("k8s/all.yaml", &manifest)]);
    let (_, report) = scan_json(dir.path(), &["--fail-on", "none"]);
    let mut privileged: Vec<(String, u64)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule_id"] == "TG-CONTAINER-001")
        .map(|f| {
            (
                f["resource"].as_str().unwrap().to_string(),
                f["start_line"].as_u64().unwrap(),
            )
        })
        .collect();
    privileged.sort();
    assert_eq!(
        privileged,
        vec![
            ("CronJob/default/cron".to_string(), 36),
            ("Deployment/prod/deploy".to_string(), 21),
            ("Pod/default/pod".to_string(), 9),
        ]
    );
}

#[test]
fn junit_markdown_and_gitlab_outputs() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        &[
            ("sg.tf", OPEN_SSH),
            (
                "keys.tf",
                "# tollgate:ignore=TG-AWS-KMS-001 reason=\"test <key> & fixture\"\nresource \"aws_kms_key\" \"k\" {}\n",
            ),
        ],
    );
    let (_, report) = scan_json(dir.path(), &["--fail-on", "none"]);
    let findings = report["findings"].as_array().unwrap();
    let active = findings
        .iter()
        .filter(|f| f["suppressed"].is_null())
        .count();
    let suppressed = findings.len() - active;
    assert!(active > 0 && suppressed == 1);

    // JUnit: well-formed, one test case per finding, failures and skips counted.
    let (_, junit, _) = scan(dir.path(), "junit", &["--fail-on", "none"]);
    assert!(junit.starts_with("<?xml"));
    assert!(junit.contains(&format!("failures=\"{active}\"")), "{junit}");
    assert!(junit.contains("skipped=\"1\""), "{junit}");
    assert_eq!(junit.matches("<testcase ").count(), findings.len());
    assert_eq!(junit.matches("<failure ").count(), active);
    assert!(
        junit.contains("suppressed: test &lt;key&gt; &amp; fixture"),
        "escaped: {junit}"
    );
    let opened = junit.matches('<').count() - junit.matches("<?").count();
    let self_closing = junit.matches("/>").count();
    let closing = junit.matches("</").count();
    assert_eq!(opened - closing - self_closing, closing, "tags balance");

    // Markdown: grouped by severity, with links to file and line.
    let (_, markdown, _) = scan(dir.path(), "markdown", &["--fail-on", "none"]);
    assert!(markdown.starts_with("## Tollgate"), "{markdown}");
    assert!(markdown.contains("### high"), "{markdown}");
    assert!(markdown.contains("[sg.tf:8](sg.tf#L8)"), "{markdown}");
    assert!(markdown.contains("1 suppressed"), "{markdown}");

    // GitLab code quality: one issue per active finding with a unique fingerprint.
    let (_, gitlab, _) = scan(dir.path(), "gitlab", &["--fail-on", "none"]);
    let issues: Vec<Value> = serde_json::from_str(&gitlab).unwrap();
    assert_eq!(issues.len(), active);
    let fingerprints: std::collections::BTreeSet<&str> = issues
        .iter()
        .map(|i| i["fingerprint"].as_str().unwrap())
        .collect();
    assert_eq!(fingerprints.len(), issues.len());
    let ssh = issues
        .iter()
        .find(|i| i["check_name"] == "TG-AWS-EC2-001")
        .unwrap();
    assert_eq!(ssh["severity"], "critical");
    assert_eq!(
        ssh["location"],
        json!({"path": "sg.tf", "lines": {"begin": 8}})
    );
}

#[test]
fn baselines_hide_accepted_findings_and_survive_moving_resources() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        &[("main.tf", UNROTATED_KEY), ("sg.tf", OPEN_SSH)],
    );
    let baseline = dir.path().join("baseline.json");
    let output = tollgate()
        .args(["baseline", "create"])
        .arg(dir.path())
        .arg("--output")
        .arg(&baseline)
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let recorded: Value = serde_json::from_str(&fs::read_to_string(&baseline).unwrap()).unwrap();
    assert_eq!(recorded["schema"], "tollgate.baseline/v1");

    // Move the security group down the file and add a new unrotated key: only the key is new.
    write(
        dir.path(),
        &[
            ("sg.tf", &format!("# moved\n\n\n{OPEN_SSH}")),
            (
                "new.tf",
                "resource \"aws_kms_key\" \"fresh\" {\n  enable_key_rotation = false\n}\n",
            ),
        ],
    );
    let base = baseline.to_str().unwrap();
    let (code, report) = scan_json(dir.path(), &["--baseline", base, "--fail-on", "medium"]);
    assert_eq!(code, 1);
    let resources: std::collections::BTreeSet<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["resource"].as_str())
        .collect();
    assert_eq!(
        resources.into_iter().collect::<Vec<_>>(),
        vec!["aws_kms_key.fresh"]
    );

    // Fixing a baselined finding is reported with --show-fixed.
    write(
        dir.path(),
        &[(
            "main.tf",
            "resource \"aws_kms_key\" \"k\" {\n  enable_key_rotation = true\n}\n",
        )],
    );
    let (_, _, stderr) = scan(
        dir.path(),
        "json",
        &["--baseline", base, "--show-fixed", "--fail-on", "none"],
    );
    assert!(
        stderr.contains("fixed since the baseline: TG-AWS-KMS-001 aws_kms_key.k"),
        "{stderr}"
    );
}

#[test]
fn github_actions_get_annotations_and_a_step_summary() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), &[("sg.tf", OPEN_SSH)]);
    let summary = dir.path().join("summary.md");
    fs::write(&summary, "earlier step\n").unwrap();
    let output = tollgate()
        .arg("scan")
        .arg(dir.path())
        .args([
            "--output",
            dir.path().join("out.sarif").to_str().unwrap(),
            "--format",
            "sarif",
        ])
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout
        .lines()
        .find(|l| l.contains("TG-AWS-EC2-001"))
        .unwrap_or_else(|| panic!("no annotation: {stdout}"));
    assert!(line.starts_with("::error file=sg.tf,line=8,col="), "{line}");
    assert!(line.contains("title=TG-AWS-EC2-001 high::"), "{line}");
    let written = fs::read_to_string(&summary).unwrap();
    assert!(
        written.starts_with("earlier step\n## Tollgate"),
        "{written}"
    );
    // Outside GitHub Actions nothing of the kind is printed.
    let plain = tollgate()
        .arg("scan")
        .arg(dir.path())
        .args([
            "--output",
            dir.path().join("out2.sarif").to_str().unwrap(),
            "--format",
            "sarif",
        ])
        .env_remove("GITHUB_ACTIONS")
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&plain.stdout).contains("::error"));
}

#[test]
fn suppressions_expire_can_be_forbidden_and_unused_ones_are_reported() {
    let now = std::time::SystemTime::now();
    let one_day = std::time::Duration::from_secs(86_400);
    let date = |t: std::time::SystemTime| {
        humantime::format_rfc3339_seconds(t).to_string()[..10].to_string()
    };
    let (yesterday, tomorrow) = (date(now - one_day), date(now + one_day));
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        &[(
            "main.tf",
            &format!(
                "# tollgate:ignore=TG-AWS-KMS-001 reason=\"until the migration\" until={yesterday}\nresource \"aws_kms_key\" \"old\" {{\n  enable_key_rotation = false\n}}\n\n# tollgate:ignore=TG-AWS-KMS-001 reason=\"until the migration\" until={tomorrow}\nresource \"aws_kms_key\" \"current\" {{\n  enable_key_rotation = false\n}}\n\n# tollgate:ignore=TG-AWS-S3-001 reason=\"no bucket here\"\nresource \"aws_sns_topic\" \"t\" {{}}\n"
            ),
        )],
    );
    let kms = |report: &Value, resource: &str| {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule_id"] == "TG-AWS-KMS-001" && f["resource"] == resource)
            .cloned()
            .unwrap()
    };
    let (_, report) = scan_json(
        dir.path(),
        &["--fail-on", "none", "--report-unused-suppressions"],
    );
    // Dated yesterday: no longer suppresses, and says so. Dated tomorrow: still suppresses.
    assert!(kms(&report, "aws_kms_key.old")["suppressed"].is_null());
    assert!(!kms(&report, "aws_kms_key.current")["suppressed"].is_null());
    let diagnostics = report["diagnostics"].as_array().unwrap();
    let codes: Vec<(&str, u64)> = diagnostics
        .iter()
        .map(|d| (d["code"].as_str().unwrap(), d["line"].as_u64().unwrap_or(0)))
        .collect();
    assert!(
        codes.contains(&("suppression-expired", 1)),
        "{diagnostics:#?}"
    );
    assert!(
        codes.contains(&("unused-suppression", 11)),
        "{diagnostics:#?}"
    );
    assert!(
        !codes.contains(&("unused-suppression", 6)),
        "{diagnostics:#?}"
    );

    // A platform team forbids inline suppressions: every finding counts.
    let (_, forbidden) = scan_json(
        dir.path(),
        &["--fail-on", "none", "--no-inline-suppressions"],
    );
    assert!(kms(&forbidden, "aws_kms_key.current")["suppressed"].is_null());
    // Unused suppressions are reported by default in CI.
    let output = tollgate()
        .arg("scan")
        .arg(dir.path())
        .args(["--format", "json", "--fail-on", "none"])
        .env("CI", "true")
        .output()
        .unwrap();
    let ci: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(ci["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["code"] == "unused-suppression"));
}

fn git(dir: &Path, args: &[&str]) {
    let status = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.com",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&status.stderr)
    );
}

#[test]
fn diff_aware_scans_report_only_what_the_change_introduced() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    write(
        repo,
        &[
            ("infra/main.tf", &format!("{UNROTATED_KEY}\n{OPEN_SSH}")),
            ("other/main.tf", UNROTATED_KEY),
            ("k8s/app.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: nginx\n"),
        ],
    );
    git(repo, &["init", "-q", "-b", "main"]);
    git(repo, &["add", "."]);
    git(repo, &["commit", "-q", "-m", "base"]);
    // The change moves the existing open security group to the top of the file and adds one
    // new bad resource; the other module and the manifest are untouched.
    write(
        repo,
        &[(
            "infra/main.tf",
            &format!("{OPEN_SSH}\nresource \"aws_ebs_volume\" \"data\" {{\n  size      = 10\n  encrypted = false\n}}\n\n{UNROTATED_KEY}"),
        )],
    );
    let (code, report) = scan_json(repo, &["--diff-base", "main", "--fail-on", "high"]);
    let findings = report["findings"].as_array().unwrap();
    let new: std::collections::BTreeSet<(&str, &str)> = findings
        .iter()
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap(),
                f["resource"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert!(
        new.iter().all(|(_, r)| *r == "aws_ebs_volume.data"),
        "only the new volume: {new:?}"
    );
    assert!(
        new.contains(&("TG-AWS-EC2-003", "aws_ebs_volume.data")),
        "{new:?}"
    );
    assert_eq!(code, 1, "the new high finding gates");
    assert_eq!(
        report["summary"]["documents"], 1,
        "only the touched unit was evaluated"
    );

    // The pull request summary says what is new and how much already existed.
    let (_, markdown, _) = scan(
        repo,
        "markdown",
        &["--diff-base", "main", "--fail-on", "none"],
    );
    assert!(markdown.contains("1 new findings"), "{markdown}");
    assert!(
        markdown
            .contains("findings that already existed (baseline or base revision) are not shown"),
        "{markdown}"
    );

    // Without changes nothing is new.
    git(repo, &["add", "."]);
    git(repo, &["commit", "-q", "-m", "change"]);
    let (code, report) = scan_json(repo, &["--diff-base", "HEAD", "--fail-on", "low"]);
    assert_eq!(code, 0);
    assert!(report["findings"].as_array().unwrap().is_empty());
}

#[test]
fn annotations_resource_metadata_and_the_central_ignore_file_suppress() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        &[
            (
                "k8s/pod.yaml",
                "apiVersion: v1\nkind: Pod\nmetadata:\n  name: debug\n  annotations:\n    tollgate.io/ignore: 'TG-CONTAINER-001 reason=\"node debugging pod\"'\nspec:\n  containers:\n    - name: c\n      image: busybox:1.36\n      securityContext: {privileged: true}\n",
            ),
            (
                "stack.yaml",
                "Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Metadata:\n      tollgate:\n        ignore:\n          - {id: TG-AWS-KMS-001, reason: imported key material}\n    Properties:\n      EnableKeyRotation: false\n",
            ),
            ("main.tf", UNROTATED_KEY),
            (
                ".tollgateignore.yaml",
                "- rule: TG-AWS-KMS-001\n  path: \"*.tf\"\n  resource: aws_kms_key.k\n  reason: rotation handled by the HSM\n  owner: platform-team\n  expires: 2099-01-01\n- rule: TG-AWS-S3-001\n  reason: nothing matches this one\n",
            ),
        ],
    );
    let (_, report) = scan_json(
        dir.path(),
        &["--fail-on", "none", "--report-unused-suppressions"],
    );
    let waiver = |rule: &str, resource: &str| {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule_id"] == rule && f["resource"] == resource)
            .unwrap_or_else(|| panic!("no {rule} on {resource}"))["suppressed"]
            .clone()
    };
    assert_eq!(
        waiver("TG-CONTAINER-001", "Pod/default/debug")["justification"],
        "node debugging pod"
    );
    assert_eq!(
        waiver("TG-AWS-KMS-001", "Key")["justification"],
        "imported key material"
    );
    let central = waiver("TG-AWS-KMS-001", "aws_kms_key.k");
    assert_eq!(
        central["justification"],
        "rotation handled by the HSM (owner: platform-team)"
    );
    assert_eq!(central["file"], ".tollgateignore.yaml");
    let unused: Vec<&Value> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "unused-suppression")
        .collect();
    assert_eq!(unused.len(), 1, "{unused:#?}");
    assert_eq!(unused[0]["file"], ".tollgateignore.yaml");
    assert_eq!(unused[0]["line"], 7);

    // An entry without a reason is refused.
    write(
        dir.path(),
        &[(".tollgateignore.yaml", "- rule: TG-AWS-KMS-001\n")],
    );
    let output = tollgate().arg("scan").arg(dir.path()).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains(".tollgateignore.yaml:1"));
}
