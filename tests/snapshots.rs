//! SARIF snapshots for one Terraform and one CloudFormation fixture: the results with their
//! regions and fingerprints, and the descriptors of the rules they refer to.

mod common;

use common::*;
use serde_json::{json, Value};

fn sarif_snapshot(fixture: &str) -> Value {
    let (_, stdout, _) = scan(&root().join(fixture), "sarif", &["--fail-on", "none"]);
    let sarif: Value = serde_json::from_str(&stdout).unwrap();
    assert_valid_sarif(&sarif);
    let run = &sarif["runs"][0];
    // Rule indices move as the pack grows; the id is what identifies the rule.
    let mut results = run["results"].as_array().unwrap().clone();
    for r in &mut results {
        r.as_object_mut().unwrap().remove("ruleIndex");
    }
    let used: Vec<&Value> = results.iter().map(|r| &r["ruleId"]).collect();
    let rules: Vec<Value> = run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| used.contains(&&r["id"]))
        .map(|r| json!({"id": r["id"], "shortDescription": r["shortDescription"], "properties": r["properties"]}))
        .collect();
    json!({"results": results, "rules": rules, "invocations": run["invocations"]})
}

#[test]
fn terraform_module_fixture() {
    insta::assert_json_snapshot!(sarif_snapshot("fixtures/terraform/kms_rotation/fail"));
}

#[test]
fn cloudformation_condition_fixture() {
    insta::assert_json_snapshot!(sarif_snapshot(
        "fixtures/cloudformation/efs_encryption/fail"
    ));
}

#[test]
fn kubernetes_fixture() {
    insta::assert_json_snapshot!(sarif_snapshot(
        "fixtures/kubernetes/container_privileged/fail"
    ));
}

#[test]
fn dockerfile_heredoc_fixture() {
    insta::assert_json_snapshot!(sarif_snapshot("fixtures/dockerfile/curl_pipe_shell/fail"));
}

#[test]
fn compose_fixture() {
    insta::assert_json_snapshot!(sarif_snapshot(
        "fixtures/compose/container_runtime_socket/fail"
    ));
}

#[test]
fn github_workflow_fixture() {
    insta::assert_json_snapshot!(sarif_snapshot("fixtures/pipeline/script_injection/fail"));
}

#[test]
fn github_gitlab_and_jenkins_fixture() {
    insta::assert_json_snapshot!(sarif_snapshot("fixtures/pipeline/deploy_after_tests/fail"));
}

#[test]
fn markdown_pull_request_summary() {
    let (_, markdown, _) = scan(
        &root().join("fixtures/demo"),
        "markdown",
        &["--fail-on", "none"],
    );
    insta::assert_snapshot!(markdown);
}

#[test]
fn aws_config_snapshot_fixture() {
    // A deployed resource: located by its ARN (logical location) and the snapshot line, with
    // its account and region in the result's properties.
    insta::assert_json_snapshot!(sarif_snapshot("fixtures/aws/iam_trust_wildcard/fail"));
}
