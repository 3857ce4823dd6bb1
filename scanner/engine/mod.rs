//! Policies to findings: load and compile every policy once into one regorus engine, then
//! evaluate documents in parallel, each rayon worker on its own clone of the engine.
//!
//! Nothing here knows about file formats or outputs.

pub mod data;
pub mod metadata;
pub mod testing;

use crate::model::{
    Diagnostic, Dimension, Document, Finding, Kind, Location, Region, Rule, Severity, Waiver,
};
use rayon::prelude::*;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

include!(concat!(env!("OUT_DIR"), "/embedded_policies.rs"));

/// Id of the finding raised for an inline suppression that gives no reason.
pub const SUPPRESSION_WITHOUT_REASON: &str = "TG-TOLLGATE-001";

/// A policy file: where it came from and its text.
#[derive(Debug, Clone)]
pub struct PolicySource {
    /// Shown in errors: `builtin:terraform/s3.rego` or a path on disk.
    pub path: String,
    pub text: String,
}

impl PolicySource {
    pub fn is_test(&self) -> bool {
        self.path.ends_with("_test.rego")
    }
}

/// Why policies could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    #[error("{path}: cannot read policy directory: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{0}")]
    Syntax(String),
    #[error("{path}:{line}: {message}")]
    Metadata {
        path: String,
        line: usize,
        message: String,
    },
    #[error("{path}: rule {id} is also defined in {other} with a different {field}; the same id must mean the same rule")]
    Conflict {
        path: String,
        other: String,
        id: String,
        field: &'static str,
    },
    #[error("{path}: policy fails when evaluated: {message}")]
    Evaluation { path: String, message: String },
}

/// The built-in policy pack compiled into the binary.
pub fn builtin_sources() -> Vec<PolicySource> {
    EMBEDDED_POLICIES
        .iter()
        .map(|(path, text)| PolicySource {
            path: format!("builtin:{path}"),
            text: text.to_string(),
        })
        .collect()
}

/// Every `.rego` file under a directory, sorted by path.
pub fn directory_sources(dir: &Path) -> Result<Vec<PolicySource>, PolicyError> {
    let io = |source| PolicyError::Io {
        path: dir.display().to_string(),
        source,
    };
    if !dir.is_dir() {
        return Err(io(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "not a directory",
        )));
    }
    let mut sources = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| io(e.into()))?;
        if entry.file_type().is_file() && entry.path().extension().is_some_and(|e| e == "rego") {
            let text = std::fs::read_to_string(entry.path()).map_err(io)?;
            sources.push(PolicySource {
                path: entry.path().display().to_string(),
                text,
            });
        }
    }
    Ok(sources)
}

/// One loaded policy: its package and the rule it implements.
#[derive(Debug, Clone)]
pub struct Policy {
    pub package: String,
    pub path: String,
    pub rule_id: String,
    pub kinds: Vec<Kind>,
    /// The policy defines `applies`: the units it examined, said by the policy itself.
    pub declares_applies: bool,
    /// String literals of the policy's text: resource types, Kubernetes kinds, platforms.
    pub literals: BTreeSet<String>,
    /// Terraform and CloudFormation resource types the policy names (`aws_…`, `AWS::…`).
    pub resource_types: Vec<String>,
}

fn looks_like_resource_type(literal: &str) -> bool {
    let terraform = literal.starts_with("aws_")
        && literal.len() > 4
        && literal
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    let cloudformation = literal.starts_with("AWS::") && literal.matches("::").count() == 2;
    terraform || cloudformation
}

impl Policy {
    /// False when the policy names resource types and the document has none of them (nor
    /// any type they are a prefix of): it has nothing to look at, so it is not evaluated.
    fn may_apply(&self, types: &BTreeSet<&str>) -> bool {
        self.resource_types.is_empty()
            || self
                .resource_types
                .iter()
                .any(|t| types.iter().any(|d| d.starts_with(t.as_str())))
    }
}

/// The units (resources, or the document as a whole) of one document that a rule applied to:
/// what the maturity card divides by.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Coverage {
    pub rule_id: String,
    pub kind: Kind,
    pub document: String,
    pub units: BTreeSet<String>,
    /// The units with a finding (suppressed or not): a subset of `units`.
    pub failed: BTreeSet<String>,
}

/// Everything an evaluation produced.
#[derive(Debug, Default)]
pub struct Evaluation {
    pub findings: Vec<Finding>,
    pub diagnostics: Vec<Diagnostic>,
    pub coverage: Vec<Coverage>,
}

fn string_literals(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
        let mut rest = line;
        while let Some(start) = rest.find('"') {
            let after = &rest[start + 1..];
            let Some(end) = after.find('"') else { break };
            out.insert(after[..end].to_string());
            rest = &after[end + 1..];
        }
    }
    out
}

/// The unit a document-level finding or rule is counted under.
const DOCUMENT_UNIT: &str = "document";

/// Which units of a document a policy without an `applies` rule is about, inferred from the
/// literals it names: resource types for Terraform and CloudFormation, object kinds or
/// containers for Kubernetes, platforms for pipelines; every Dockerfile, compose file and
/// repository otherwise.
fn inferred_units(policy: &Policy, document: &Document) -> BTreeSet<String> {
    let input = &document.input;
    let resources = || input["resources"].as_array().into_iter().flatten();
    match document.kind {
        Kind::Terraform | Kind::Cloudformation | Kind::Aws => resources()
            .filter(|r| {
                r["type"]
                    .as_str()
                    .is_some_and(|t| policy.literals.contains(t))
            })
            .filter_map(|r| r["address"].as_str().map(str::to_string))
            .collect(),
        Kind::Kubernetes => {
            let kind = input["object"]["kind"].as_str().unwrap_or_default();
            let has_containers = input["containers"]
                .as_array()
                .is_some_and(|c| !c.is_empty());
            let about_kind = policy.literals.contains(kind);
            let names_kinds = [
                "Deployment",
                "StatefulSet",
                "DaemonSet",
                "Pod",
                "CronJob",
                "Job",
                "Role",
                "ClusterRole",
                "ConfigMap",
                "Ingress",
                "Service",
            ]
            .iter()
            .any(|k| policy.literals.contains(*k));
            let about_containers = has_containers && !names_kinds;
            if about_kind || about_containers {
                input["object"]["address"]
                    .as_str()
                    .map(|a| BTreeSet::from([a.to_string()]))
                    .unwrap_or_default()
            } else {
                BTreeSet::new()
            }
        }
        Kind::Pipeline => {
            let platforms: Vec<&str> = ["github", "gitlab", "jenkins"]
                .into_iter()
                .filter(|p| policy.literals.contains(*p))
                .collect();
            let platform = input["platform"].as_str().unwrap_or_default();
            if platforms.is_empty() || platforms.contains(&platform) {
                BTreeSet::from([DOCUMENT_UNIT.to_string()])
            } else {
                BTreeSet::new()
            }
        }
        Kind::Compose if resources().next().is_none() => BTreeSet::new(),
        Kind::Dockerfile | Kind::Compose | Kind::Repository | Kind::Image => {
            BTreeSet::from([DOCUMENT_UNIT.to_string()])
        }
    }
}

/// The compiled policy set: one regorus engine shared (by cloning) across workers.
#[derive(Clone)]
pub struct Engine {
    regorus: regorus::Engine,
    policies: Vec<Policy>,
    rules: BTreeMap<String, Rule>,
}

fn builtin_rules() -> Vec<Rule> {
    vec![Rule {
        id: SUPPRESSION_WITHOUT_REASON.to_string(),
        title: "Inline suppressions give a reason".to_string(),
        description: "A `tollgate:ignore` comment without `reason=\"…\"` hides a finding without saying why. It does not suppress anything until a reason is added.".to_string(),
        severity: Severity::Medium,
        dimension: Dimension::Security,
        kinds: Kind::ALL.to_vec(),
        frameworks: BTreeMap::new(),
        remediation: Kind::ALL
            .iter()
            .map(|k| (*k, "Add a reason: `# tollgate:ignore=TG-AWS-S3-001 reason=\"public website bucket, reviewed by security\"`.".to_string()))
            .collect(),
    }]
}

fn empty_document(kind: Kind) -> Value {
    json!({"kind": kind.as_str(), "path": "", "resources": []})
}

impl Engine {
    /// Parses and compiles policies. Test files (`*_test.rego`) are skipped. `data` is the
    /// policies' `data` document (see [`data::organization`]).
    pub fn load(sources: &[PolicySource], data: Value) -> Result<Engine, PolicyError> {
        let mut regorus = regorus::Engine::new();
        let mut policies = Vec::new();
        let mut rules: BTreeMap<String, Rule> = builtin_rules()
            .into_iter()
            .map(|r| (r.id.clone(), r))
            .collect();
        let mut rule_sources = BTreeMap::new();
        for source in sources.iter().filter(|s| !s.is_test()) {
            let package = regorus
                .add_policy(source.path.clone(), source.text.clone())
                .map_err(|e| PolicyError::Syntax(e.to_string()))?;
            if !metadata::declares_deny(&source.text) {
                continue; // a helper library
            }
            let rule = metadata::parse(&source.text).map_err(|e| PolicyError::Metadata {
                path: source.path.clone(),
                line: e.line,
                message: e.message,
            })?;
            merge_rule(&mut rules, &mut rule_sources, rule.clone(), &source.path)?;
            let literals = string_literals(&source.text);
            policies.push(Policy {
                package,
                path: source.path.clone(),
                rule_id: rule.id,
                kinds: rule.kinds,
                declares_applies: source
                    .text
                    .lines()
                    .any(|l| l.starts_with("applies ") || l.starts_with("applies contains")),
                resource_types: literals
                    .iter()
                    .filter(|l| looks_like_resource_type(l))
                    .cloned()
                    .collect(),
                literals,
            });
        }
        regorus
            .add_data(regorus::Value::from(data))
            .map_err(|e| PolicyError::Syntax(format!("data: {e}")))?;
        let engine = Engine {
            regorus,
            policies,
            rules,
        };
        engine.self_check()?;
        Ok(engine)
    }

    /// Evaluates every policy once on an empty document of each of its kinds, so that a
    /// policy calling a missing builtin fails at start-up rather than mid-scan.
    fn self_check(&self) -> Result<(), PolicyError> {
        let mut engine = self.regorus.clone();
        for policy in &self.policies {
            for kind in &policy.kinds {
                engine.set_input(regorus::Value::from(empty_document(*kind)));
                engine
                    .eval_rule(format!("{}.deny", policy.package))
                    .map_err(|e| PolicyError::Evaluation {
                        path: policy.path.clone(),
                        message: e.to_string(),
                    })?;
            }
        }
        Ok(())
    }

    pub fn rules(&self) -> &BTreeMap<String, Rule> {
        &self.rules
    }

    pub fn policies(&self) -> &[Policy] {
        &self.policies
    }

    /// Evaluates all documents in parallel. Findings come back sorted.
    pub fn evaluate(&self, documents: &[Document]) -> Evaluation {
        let results: Vec<Evaluation> = documents
            .par_iter()
            .map_init(
                || self.regorus.clone(),
                |engine, document| self.evaluate_document(engine, document),
            )
            .collect();
        let mut findings = Vec::new();
        let mut diagnostics = Vec::new();
        let mut coverage = Vec::new();
        for e in results {
            findings.extend(e.findings);
            diagnostics.extend(e.diagnostics);
            coverage.extend(e.coverage);
        }
        findings.sort_by(|a, b| {
            (&a.location, &a.rule_id, &a.resource, &a.path, &a.message).cmp(&(
                &b.location,
                &b.rule_id,
                &b.resource,
                &b.path,
                &b.message,
            ))
        });
        findings.dedup();
        Evaluation {
            findings,
            diagnostics,
            coverage,
        }
    }

    /// The units `policy` applied to in `document` and those it reported on. Dockerfiles,
    /// compose files, pipelines and the repository count as one unit each, whatever resource
    /// inside them a finding names.
    fn units(
        &self,
        engine: &mut regorus::Engine,
        policy: &Policy,
        document: &Document,
        reported: &[Finding],
    ) -> (BTreeSet<String>, BTreeSet<String>) {
        let mut units = if policy.declares_applies {
            match engine.eval_rule(format!("{}.applies", policy.package)) {
                Ok(regorus::Value::Bool(true)) => BTreeSet::from([DOCUMENT_UNIT.to_string()]),
                Ok(v) => match serde_json::to_value(&v) {
                    Ok(Value::Array(items)) => items
                        .iter()
                        .filter_map(|i| i.as_str().map(str::to_string))
                        .collect(),
                    _ => BTreeSet::new(),
                },
                Err(_) => BTreeSet::new(),
            }
        } else {
            inferred_units(policy, document)
        };
        let whole_document = matches!(
            document.kind,
            Kind::Dockerfile | Kind::Compose | Kind::Pipeline | Kind::Repository | Kind::Image
        );
        let failed: BTreeSet<String> = reported
            .iter()
            .map(|f| match &f.resource {
                Some(r) if !whole_document => r.clone(),
                _ => DOCUMENT_UNIT.to_string(),
            })
            .collect();
        units.extend(failed.iter().cloned());
        (units, failed)
    }

    fn evaluate_document(&self, engine: &mut regorus::Engine, document: &Document) -> Evaluation {
        let mut findings = Vec::new();
        let mut diagnostics = Vec::new();
        let mut coverage = Vec::new();
        engine.set_input(regorus::Value::from(document.input.clone()));
        let typed = matches!(
            document.kind,
            Kind::Terraform | Kind::Cloudformation | Kind::Aws
        );
        let types: BTreeSet<&str> = document.input["resources"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|r| r["type"].as_str())
            .collect();
        for policy in self
            .policies
            .iter()
            .filter(|p| p.kinds.contains(&document.kind))
            .filter(|p| !typed || p.may_apply(&types))
        {
            let result = match engine.eval_rule(format!("{}.deny", policy.package)) {
                Ok(v) => v,
                Err(e) => {
                    diagnostics.push(Diagnostic::error(
                        "policy-error",
                        &document.file,
                        format!("policy {} ({}) failed: {e}", policy.rule_id, policy.path),
                    ));
                    continue;
                }
            };
            let items = match serde_json::to_value(&result) {
                Ok(Value::Array(items)) if result != regorus::Value::Undefined => items,
                _ => Vec::new(),
            };
            let reported: Vec<Finding> = items
                .iter()
                .map(|item| self.finding(policy, document, item))
                .collect();
            let (units, failed) = self.units(engine, policy, document, &reported);
            if !units.is_empty() {
                coverage.push(Coverage {
                    rule_id: policy.rule_id.clone(),
                    kind: document.kind,
                    document: document.path.clone(),
                    units,
                    failed,
                });
            }
            findings.extend(reported);
        }
        findings.extend(self.reasonless_suppressions(document));
        Evaluation {
            findings,
            diagnostics,
            coverage,
        }
    }

    fn finding(&self, policy: &Policy, document: &Document, item: &Value) -> Finding {
        let resource = item
            .get("resource")
            .and_then(Value::as_str)
            .map(str::to_string);
        let path: Vec<String> = item
            .get("path")
            .and_then(Value::as_array)
            .map(|p| {
                p.iter()
                    .map(|s| match s {
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let rule = self.rules.get(&policy.rule_id);
        let message = match item {
            Value::String(s) => s.clone(),
            _ => item
                .get("message")
                .and_then(Value::as_str)
                .map(str::to_string)
                .or_else(|| rule.map(|r| r.title.clone()))
                .unwrap_or_default(),
        };
        let resource_location = resource
            .as_deref()
            .and_then(|r| document.source_map.resources.get(r))
            .and_then(|s| s.location.clone());
        let location = resource
            .as_deref()
            .and_then(|r| document.source_map.locate(r, &path))
            .cloned()
            .unwrap_or_else(|| file_start(&document.file));
        let suppressed = suppression_for(
            document,
            &policy.rule_id,
            resource_location.as_ref().unwrap_or(&location),
        );
        Finding {
            rule_id: policy.rule_id.clone(),
            severity: rule.map(|r| r.severity).unwrap_or(Severity::Medium),
            kind: document.kind,
            document: document.path.clone(),
            fingerprint: fingerprint(&policy.rule_id, &document.path, resource.as_deref()),
            properties: scope_properties(document),
            resource,
            path,
            message,
            location,
            suppressed,
        }
    }

    fn reasonless_suppressions(&self, document: &Document) -> Vec<Finding> {
        let severity = self
            .rules
            .get(SUPPRESSION_WITHOUT_REASON)
            .map(|r| r.severity)
            .unwrap_or(Severity::Medium);
        document
            .suppressions
            .iter()
            .filter(|s| s.reason.is_none())
            .map(|s| Finding {
                rule_id: SUPPRESSION_WITHOUT_REASON.to_string(),
                severity,
                kind: document.kind,
                document: document.path.clone(),
                resource: None,
                path: Vec::new(),
                message: format!(
                    "suppression of {} has no reason=\"…\" and is ignored",
                    s.rule_ids.join(", ")
                ),
                location: Location {
                    file: s.file.clone(),
                    region: Region {
                        start_line: s.line,
                        start_column: 1,
                        end_line: s.line,
                        end_column: 1,
                    },
                },
                fingerprint: fingerprint(
                    SUPPRESSION_WITHOUT_REASON,
                    &document.path,
                    Some(&format!("{}:{}", s.file, s.line)),
                ),
                suppressed: None,
                properties: BTreeMap::new(),
            })
            .collect()
    }
}

/// The account and region of a document of deployed resources, carried into its findings.
fn scope_properties(document: &Document) -> BTreeMap<String, String> {
    if document.kind != Kind::Aws {
        return BTreeMap::new();
    }
    ["account", "region"]
        .into_iter()
        .filter_map(|k| {
            document.input[k]
                .as_str()
                .map(|v| (k.to_string(), v.to_string()))
        })
        .collect()
}

/// A problem `policy check` found in one policy file.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

/// Validates policy files one by one: Rego syntax, METADATA, an evaluation on an empty document
/// of each declared kind, and id conflicts between files. `helpers` (such as the built-in
/// `lib/`) are loaded beside each policy but not checked.
pub fn check(sources: &[PolicySource], helpers: &[PolicySource]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut base = regorus::Engine::new();
    if let Ok(data) = data::organization(Vec::new()) {
        let _ = base.add_data(regorus::Value::from(data));
    }
    for helper in helpers {
        let _ = base.add_policy(helper.path.clone(), helper.text.clone());
    }
    let mut rules = BTreeMap::new();
    let mut rule_sources = BTreeMap::new();
    for source in sources.iter().filter(|s| !s.is_test()) {
        let problem = |message: String| Problem {
            path: source.path.clone(),
            message,
        };
        let mut engine = base.clone();
        let package = match engine.add_policy(source.path.clone(), source.text.clone()) {
            Ok(p) => p,
            Err(e) => {
                problems.push(problem(e.to_string()));
                continue;
            }
        };
        if !metadata::declares_deny(&source.text) {
            if source.text.contains("# METADATA") {
                problems.push(problem(
                    "has METADATA but declares no `deny` rule".to_string(),
                ));
            }
            continue;
        }
        let rule = match metadata::parse(&source.text) {
            Ok(r) => r,
            Err(e) => {
                problems.push(Problem {
                    path: format!("{}:{}", source.path, e.line),
                    message: e.message,
                });
                continue;
            }
        };
        for kind in &rule.kinds {
            engine.set_input(regorus::Value::from(empty_document(*kind)));
            if let Err(e) = engine.eval_rule(format!("{package}.deny")) {
                problems.push(problem(format!(
                    "fails when evaluated on an empty {kind} document: {e}"
                )));
            }
        }
        if let Err(e) = merge_rule(&mut rules, &mut rule_sources, rule, &source.path) {
            problems.push(problem(e.to_string()));
        }
    }
    problems
}

fn merge_rule(
    rules: &mut BTreeMap<String, Rule>,
    sources: &mut BTreeMap<String, String>,
    rule: Rule,
    path: &str,
) -> Result<(), PolicyError> {
    let Some(existing) = rules.get_mut(&rule.id) else {
        sources.insert(rule.id.clone(), path.to_string());
        rules.insert(rule.id.clone(), rule);
        return Ok(());
    };
    let conflict = |field| PolicyError::Conflict {
        path: path.to_string(),
        other: sources.get(&rule.id).cloned().unwrap_or_default(),
        id: rule.id.clone(),
        field,
    };
    if existing.severity != rule.severity {
        return Err(conflict("severity"));
    }
    if existing.dimension != rule.dimension {
        return Err(conflict("dimension"));
    }
    if existing.title != rule.title {
        return Err(conflict("title"));
    }
    for kind in rule.kinds {
        if !existing.kinds.contains(&kind) {
            existing.kinds.push(kind);
        }
    }
    existing.kinds.sort();
    existing.remediation.extend(rule.remediation);
    for (framework, controls) in rule.frameworks {
        let entry = existing.frameworks.entry(framework).or_default();
        for c in controls {
            if !entry.contains(&c) {
                entry.push(c);
            }
        }
    }
    Ok(())
}

fn file_start(file: &str) -> Location {
    Location {
        file: file.to_string(),
        region: Region {
            start_line: 1,
            start_column: 1,
            end_line: 1,
            end_column: 1,
        },
    }
}

/// A stable id for a finding: rule, unit and resource, never line numbers, so it survives
/// edits elsewhere in the file.
pub fn fingerprint(rule_id: &str, document: &str, resource: Option<&str>) -> String {
    let mut hash = Sha256::new();
    hash.update(rule_id.as_bytes());
    hash.update([0]);
    hash.update(document.as_bytes());
    hash.update([0]);
    hash.update(resource.unwrap_or("").as_bytes());
    hash.finalize()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The inline suppression with a reason that covers `rule_id` at `target`, if any.
fn suppression_for(document: &Document, rule_id: &str, target: &Location) -> Option<Waiver> {
    let region = target.region;
    document
        .suppressions
        .iter()
        .filter(|s| s.file == target.file && s.reason.is_some())
        .filter(|s| s.rule_ids.iter().any(|id| id == rule_id))
        .find(|s| {
            s.target_line == region.start_line
                || (region.start_line <= s.line && s.line <= region.end_line)
        })
        .map(|s| Waiver {
            justification: s.reason.clone().unwrap_or_default(),
            file: s.file.clone(),
            line: s.line,
            until: s.until.clone(),
        })
}
