//! GitHub Actions workflows (`.github/workflows/*.yml`).

use super::{pipeline_value, transitive_needs, Job, Step};
use crate::model::{Diagnostic, Kind, Location, SourceMap, Suppression};
use crate::sources::yaml::SpannedDocument;
use crate::sources::{shell, Parsed};
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;

/// True for `.github/workflows/<name>.yml|yaml`.
pub fn is_workflow(rel: &str) -> bool {
    let Some((dir, name)) = rel.rsplit_once('/') else {
        return false;
    };
    (dir == ".github/workflows" || dir.ends_with("/.github/workflows"))
        && (name.ends_with(".yml") || name.ends_with(".yaml"))
}

fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        _ => Vec::new(),
    }
}

fn triggers(on: Option<&Value>) -> BTreeSet<String> {
    match on {
        Some(Value::Object(map)) => map.keys().cloned().collect(),
        other => strings(other).into_iter().collect(),
    }
}

/// `${{ … }}` expressions in a script, trimmed.
pub fn expressions(script: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = script;
    while let Some(start) = rest.find("${{") {
        let after = &rest[start + 3..];
        let Some(end) = after.find("}}") else { break };
        out.push(after[..end].trim().to_string());
        rest = &after[end + 2..];
    }
    out
}

/// `owner/repo@ref` to `{action, ref, ref_kind}`.
pub fn action_reference(uses: &str) -> Value {
    if uses.starts_with("./") {
        return json!({"action": uses, "ref": null, "ref_kind": "local"});
    }
    if uses.starts_with("docker://") {
        return json!({"action": uses, "ref": null, "ref_kind": "docker"});
    }
    let (action, reference) = uses.split_once('@').unwrap_or((uses, ""));
    let is_sha = reference.len() == 40 && reference.chars().all(|c| c.is_ascii_hexdigit());
    let is_tag = reference.starts_with('v')
        && reference[1..].starts_with(|c: char| c.is_ascii_digit())
        || reference.starts_with(|c: char| c.is_ascii_digit());
    let kind = if is_sha {
        "sha"
    } else if is_tag {
        "tag"
    } else {
        "branch"
    };
    json!({"action": action, "ref": (!reference.is_empty()).then_some(reference), "ref_kind": kind})
}

/// A workflow file to a document.
pub fn parse(
    rel: &str,
    doc: &SpannedDocument,
    suppressions: Vec<Suppression>,
) -> Result<Parsed, Diagnostic> {
    let Some(top) = doc.value.as_object() else {
        return Err(Diagnostic::error(
            "invalid-workflow",
            rel,
            "workflow is not a YAML mapping",
        ));
    };
    let Some(raw_jobs) = top.get("jobs").and_then(Value::as_object) else {
        return Err(Diagnostic::error(
            "invalid-workflow",
            rel,
            "workflow has no `jobs` mapping",
        ));
    };
    let on = top.get("on").or_else(|| top.get("true"));
    let triggers = triggers(on);
    let dispatch_only = !triggers.is_empty() && triggers.iter().all(|t| t == "workflow_dispatch");
    let name = top
        .get("name")
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| rel.rsplit('/').next().unwrap_or(rel).to_string());

    let mut jobs = Vec::new();
    let mut github_jobs = Map::new();
    for (id, raw) in raw_jobs {
        let environment = match raw.get("environment") {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Object(m)) => m.get("name").and_then(Value::as_str).map(str::to_string),
            _ => None,
        };
        let mut steps = Vec::new();
        let mut github_steps = Vec::new();
        if let Some(list) = raw.get("steps").and_then(Value::as_array) {
            for (i, step) in list.iter().enumerate() {
                let uses = step.get("uses").and_then(Value::as_str).map(str::to_string);
                let run = step.get("run").and_then(Value::as_str).map(str::to_string);
                let commands = run
                    .as_deref()
                    .map(|r| shell::parse(r).commands)
                    .unwrap_or_default();
                github_steps.push(json!({
                    "index": i,
                    "name": step.get("name"),
                    "uses": uses.as_deref().map(action_reference),
                    "with": step.get("with").cloned().unwrap_or_else(|| json!({})),
                    "env": step.get("env").cloned().unwrap_or_else(|| json!({})),
                    "run": run,
                    "expressions": run.as_deref().map(expressions).unwrap_or_default(),
                }));
                steps.push(Step {
                    name: step.get("name").and_then(Value::as_str).map(str::to_string),
                    path: vec![json!("steps"), json!(i)],
                    uses,
                    run,
                    commands,
                });
            }
        } else if let Some(uses) = raw.get("uses").and_then(Value::as_str) {
            // A job that calls a reusable workflow.
            steps.push(Step {
                name: None,
                path: vec![json!("uses")],
                uses: Some(uses.to_string()),
                ..Step::default()
            });
        }
        github_jobs.insert(
            id.clone(),
            json!({"permissions": raw.get("permissions"), "environment": environment, "steps": github_steps}),
        );
        jobs.push(Job {
            id: id.clone(),
            address: format!("jobs.{id}"),
            name: raw
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or(id)
                .to_string(),
            stage: None,
            needs: strings(raw.get("needs")),
            before: Vec::new(),
            approval: environment.is_some(),
            environment,
            manual: dispatch_only,
            image: raw
                .pointer("/container/image")
                .or_else(|| raw.get("container"))
                .and_then(Value::as_str)
                .map(str::to_string),
            steps,
        });
    }
    let reachable = transitive_needs(&jobs);
    for job in &mut jobs {
        job.before = reachable
            .get(&job.id)
            .map(|s| s.iter().cloned().collect())
            .unwrap_or_default();
    }

    let mut workflow_attributes = top.clone();
    workflow_attributes.remove("jobs");
    let mut resources = vec![json!({
        "address": "workflow", "type": "workflow", "name": name, "file": rel,
        "attributes": workflow_attributes,
    })];
    let mut source_map = SourceMap::default();
    let mut workflow_spans = doc.spans_under(rel, &[]);
    workflow_spans.location = Some(Location {
        file: rel.to_string(),
        region: doc.root,
    });
    workflow_spans
        .attributes
        .retain(|p, _| p.first().map(String::as_str) != Some("jobs"));
    source_map
        .resources
        .insert("workflow".to_string(), workflow_spans);
    for (id, raw) in raw_jobs {
        let address = format!("jobs.{id}");
        resources.push(
            json!({"address": address, "type": "job", "name": id, "file": rel, "attributes": raw}),
        );
        source_map.resources.insert(
            address,
            doc.spans_under(rel, &["jobs".to_string(), id.clone()]),
        );
    }
    let input = json!({
        "kind": "pipeline",
        "platform": "github",
        "path": rel,
        "resources": resources,
        "pipeline": pipeline_value(&name, &triggers, &jobs),
        "github": {"on": on, "permissions": top.get("permissions"), "jobs": github_jobs},
    });
    Ok(Parsed::file(
        Kind::Pipeline,
        rel,
        input,
        source_map,
        suppressions,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sources::yaml;

    const WORKFLOW: &str = "name: ci\non:\n  pull_request_target:\n  push:\n    branches: [main]\npermissions: read-all\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@8e5e7e5ab8b370d6c329ec480221332ada57f0ab\n      - run: cargo test\n  deploy:\n    needs: test\n    environment: production\n    runs-on: ubuntu-latest\n    steps:\n      - uses: some/action@main\n      - run: |\n          echo \"${{ github.event.pull_request.title }}\"\n          ./deploy.sh\n";

    fn input() -> (Value, SourceMap) {
        let doc = &yaml::parse(WORKFLOW, &|_, v| v).unwrap()[0];
        let parsed = parse(".github/workflows/ci.yml", doc, Vec::new()).unwrap();
        (parsed.document.input, parsed.document.source_map)
    }

    #[test]
    fn jobs_triggers_and_order() {
        let (d, _) = input();
        let p = &d["pipeline"];
        assert_eq!(p["triggers"], json!(["pull_request_target", "push"]));
        assert_eq!(p["runs_on_change"], true);
        // Jobs keep the order they are written in.
        assert_eq!(p["jobs"][0]["id"], "test");
        let deploy = &p["jobs"][1];
        assert_eq!(deploy["before"], json!(["test"]));
        assert_eq!(deploy["approval"], true);
        assert_eq!(deploy["activities"]["deploy"], true);
        assert_eq!(p["jobs"][0]["activities"]["test"], true);
        let steps = &d["github"]["jobs"]["deploy"]["steps"];
        assert_eq!(steps[0]["uses"]["ref_kind"], "branch");
        assert_eq!(
            steps[1]["expressions"],
            json!(["github.event.pull_request.title"])
        );
        assert_eq!(
            d["github"]["jobs"]["test"]["steps"][0]["uses"]["ref_kind"],
            "sha"
        );
        assert_eq!(d["github"]["permissions"], "read-all");
    }

    #[test]
    fn steps_map_to_lines() {
        let (_, map) = input();
        let loc = map
            .locate("jobs.deploy", &["steps".into(), "1".into()])
            .unwrap();
        assert_eq!(loc.region.start_line, 19);
        assert_eq!(
            map.locate("workflow", &["permissions".into()])
                .unwrap()
                .region
                .start_line,
            6
        );
    }

    #[test]
    fn not_a_mapping_is_an_error() {
        let doc = &yaml::parse("- a\n- b\n", &|_, v| v).unwrap()[0];
        let err = parse(".github/workflows/x.yml", doc, Vec::new()).unwrap_err();
        assert!(err.message.contains("not a YAML mapping"));
        assert!(is_workflow(".github/workflows/x.yaml"));
        assert!(is_workflow("svc/.github/workflows/x.yml"));
        assert!(!is_workflow(".github/x.yml"));
    }

    #[test]
    fn action_references() {
        assert_eq!(action_reference("actions/checkout@v4")["ref_kind"], "tag");
        assert_eq!(action_reference("./.github/actions/x")["ref_kind"], "local");
        assert_eq!(action_reference("docker://alpine:3")["ref_kind"], "docker");
        assert_eq!(action_reference("o/r@feature-x")["ref_kind"], "branch");
    }
}
