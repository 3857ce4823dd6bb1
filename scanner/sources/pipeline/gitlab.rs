//! GitLab CI (`.gitlab-ci.yml`): stages, jobs (with `extends` from hidden templates), manual
//! jobs, environments, rules and images.

use super::{pipeline_value, transitive_needs, Job, Step};
use crate::model::{Diagnostic, Kind, SourceMap, Suppression};
use crate::sources::yaml::SpannedDocument;
use crate::sources::{shell, Parsed};
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;

const RESERVED: &[&str] = &[
    "stages",
    "variables",
    "default",
    "include",
    "workflow",
    "image",
    "services",
    "before_script",
    "after_script",
    "cache",
];

/// True for `.gitlab-ci.yml` anywhere in the tree.
pub fn is_gitlab_ci(rel: &str) -> bool {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    name == ".gitlab-ci.yml" || name == ".gitlab-ci.yaml"
}

fn lines(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(items)) => items
            .iter()
            .flat_map(|i| match i {
                Value::String(s) => vec![s.clone()],
                Value::Array(nested) => nested
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect(),
                _ => Vec::new(),
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Applies `extends` (hidden templates or other jobs), deepest first, keys of the job winning.
fn resolve(name: &str, top: &Map<String, Value>, depth: usize) -> Map<String, Value> {
    let Some(job) = top.get(name).and_then(Value::as_object) else {
        return Map::new();
    };
    if depth > 10 {
        return job.clone();
    }
    let mut merged = Map::new();
    for parent in lines(job.get("extends")) {
        merged.extend(resolve(&parent, top, depth + 1));
    }
    merged.extend(job.clone());
    merged
}

fn triggers(top: &Map<String, Value>) -> BTreeSet<String> {
    let mut text = String::new();
    let mut collect = |v: &Value| text.push_str(&v.to_string());
    if let Some(w) = top.get("workflow") {
        collect(w);
    }
    for (name, job) in top {
        if !RESERVED.contains(&name.as_str()) {
            for key in ["rules", "only", "except"] {
                if let Some(v) = job.get(key) {
                    collect(v);
                }
            }
        }
    }
    let mut found = BTreeSet::new();
    let checks = [
        ("merge_request", "merge_request"),
        ("push", "push"),
        ("CI_COMMIT_BRANCH", "push"),
        ("CI_COMMIT_TAG", "push"),
        ("branches", "push"),
        ("tags", "push"),
        ("schedule", "schedule"),
        ("\"web\"", "web"),
        ("\"api\"", "api"),
        ("\"trigger\"", "trigger"),
    ];
    for (needle, trigger) in checks {
        if text.contains(needle) {
            found.insert(trigger.to_string());
        }
    }
    if found.is_empty() {
        // Nothing restricts it: GitLab runs the pipeline on every push.
        found.insert("push".to_string());
    }
    found
}

/// A `.gitlab-ci.yml` to a document.
pub fn parse(
    rel: &str,
    doc: &SpannedDocument,
    suppressions: Vec<Suppression>,
) -> Result<Parsed, Diagnostic> {
    let Some(top) = doc.value.as_object() else {
        return Err(Diagnostic::error(
            "invalid-pipeline",
            rel,
            "GitLab CI file is not a YAML mapping",
        ));
    };
    let stages: Vec<String> = match top.get("stages") {
        Some(v) => lines(Some(v)),
        None => ["build", "test", "deploy"]
            .iter()
            .map(|s| s.to_string())
            .collect(),
    };
    let stage_index = |s: &str| match s {
        ".pre" => -1,
        ".post" => i64::MAX,
        _ => stages
            .iter()
            .position(|x| x == s)
            .map(|i| i as i64)
            .unwrap_or(i64::MAX - 1),
    };
    let default_image = top
        .get("image")
        .or_else(|| top.get("default").and_then(|d| d.get("image")));
    let mut jobs = Vec::new();
    let mut gitlab_jobs = Map::new();
    let mut resources = Vec::new();
    let mut source_map = SourceMap::default();
    for (name, raw) in top {
        if RESERVED.contains(&name.as_str()) || name.starts_with('.') || !raw.is_object() {
            continue;
        }
        let job = resolve(name, top, 0);
        if !(job.contains_key("script") || job.contains_key("trigger") || job.contains_key("run")) {
            continue;
        }
        let stage = job
            .get("stage")
            .and_then(Value::as_str)
            .unwrap_or("test")
            .to_string();
        let when = job.get("when").and_then(Value::as_str).map(str::to_string);
        let rules_manual = job.get("rules").and_then(Value::as_array).is_some_and(|r| {
            r.iter()
                .any(|rule| rule.get("when").and_then(Value::as_str) == Some("manual"))
        });
        let manual = when.as_deref() == Some("manual") || rules_manual;
        let environment = match job.get("environment") {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Object(m)) => m.get("name").and_then(Value::as_str).map(str::to_string),
            _ => None,
        };
        let image = match job.get("image").or(default_image) {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Object(m)) => m.get("name").and_then(Value::as_str).map(str::to_string),
            _ => None,
        };
        let mut steps = Vec::new();
        for key in ["before_script", "script", "after_script"] {
            for (i, line) in lines(job.get(key)).into_iter().enumerate() {
                steps.push(Step {
                    name: None,
                    path: vec![json!(key), json!(i)],
                    commands: shell::parse(&line).commands,
                    run: Some(line),
                    uses: None,
                });
            }
        }
        let needs: Vec<String> = match job.get("needs") {
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|n| n.as_str().or_else(|| n.get("job").and_then(Value::as_str)))
                .map(str::to_string)
                .collect(),
            _ => Vec::new(),
        };
        gitlab_jobs.insert(
            name.clone(),
            json!({
                "stage": stage, "when": when, "environment": environment, "image": image,
                "rules": job.get("rules"), "needs": needs,
                "script": lines(job.get("script")),
            }),
        );
        let address = format!("jobs.{name}");
        resources.push(json!({"address": address, "type": "job", "name": name, "file": rel, "attributes": Value::Object(job.clone())}));
        source_map.resources.insert(
            address.clone(),
            doc.spans_under(rel, std::slice::from_ref(name)),
        );
        jobs.push(Job {
            id: name.clone(),
            address,
            name: name.clone(),
            stage: Some(stage),
            needs,
            before: Vec::new(),
            environment,
            manual,
            approval: manual,
            image,
            steps,
        });
    }
    let reachable = transitive_needs(&jobs);
    let order: Vec<(String, i64, bool)> = jobs
        .iter()
        .map(|j| {
            (
                j.id.clone(),
                stage_index(j.stage.as_deref().unwrap_or("test")),
                !j.needs.is_empty(),
            )
        })
        .collect();
    for job in &mut jobs {
        let mine = stage_index(job.stage.as_deref().unwrap_or("test"));
        let mut before: BTreeSet<String> = reachable.get(&job.id).cloned().unwrap_or_default();
        // Without `needs`, a job waits for every job of the earlier stages.
        if job.needs.is_empty() {
            before.extend(
                order
                    .iter()
                    .filter(|(_, s, _)| *s < mine)
                    .map(|(id, _, _)| id.clone()),
            );
        }
        job.before = before.into_iter().collect();
    }
    let triggers = triggers(top);
    let input = json!({
        "kind": "pipeline",
        "platform": "gitlab",
        "path": rel,
        "resources": resources,
        "pipeline": pipeline_value(rel, &triggers, &jobs),
        "gitlab": {"stages": stages, "jobs": gitlab_jobs},
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

    #[test]
    fn stages_manual_jobs_and_order() {
        let text = "stages: [build, test, deploy]\n.base:\n  image: node:20\nbuild:\n  stage: build\n  extends: .base\n  script: npm run build\nunit:\n  stage: test\n  script:\n    - npm test\ndeploy:\n  stage: deploy\n  when: manual\n  environment: {name: production}\n  script:\n    - ./deploy.sh\n";
        let doc = &yaml::parse(text, &|_, v| v).unwrap()[0];
        let d = parse(".gitlab-ci.yml", doc, Vec::new()).unwrap().document;
        let jobs = d.input["pipeline"]["jobs"].as_array().unwrap();
        let by_id = |id: &str| jobs.iter().find(|j| j["id"] == id).unwrap();
        assert_eq!(by_id("build")["image"], "node:20");
        assert_eq!(by_id("unit")["activities"]["test"], true);
        let deploy = by_id("deploy");
        assert_eq!(deploy["before"], json!(["build", "unit"]));
        assert_eq!(deploy["manual"], true);
        assert_eq!(deploy["approval"], true);
        assert_eq!(deploy["environment"], "production");
        assert_eq!(deploy["activities"]["deploy"], true);
        assert_eq!(d.input["pipeline"]["triggers"], json!(["push"]));
        let loc = d
            .source_map
            .locate("jobs.deploy", &["script".into(), "0".into()])
            .unwrap();
        assert_eq!(loc.region.start_line, 17);
    }
}
