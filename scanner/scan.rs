//! One scan end to end: discover, parse, evaluate. The result is what every report renders.

use crate::engine::{Coverage, Engine};
use crate::model::{Diagnostic, DiagnosticLevel, Finding, Rule, Severity, Suppression};
use crate::sources::{self, DiscoverOptions};
use std::collections::BTreeMap;
use std::path::Path;

/// Exit codes, part of the command-line interface.
pub mod exit {
    /// Nothing at or above the threshold, and everything was scanned.
    pub const OK: i32 = 0;
    /// Findings at or above the `--fail-on` threshold.
    pub const FINDINGS: i32 = 1;
    /// Usage, configuration or policy error.
    pub const USAGE: i32 = 2;
    /// Part of the input could not be scanned (and nothing else failed).
    pub const INCOMPLETE: i32 = 3;
}

/// Everything a scan found.
#[derive(Debug)]
pub struct ScanReport {
    pub target: String,
    pub findings: Vec<Finding>,
    pub diagnostics: Vec<Diagnostic>,
    pub rules: BTreeMap<String, Rule>,
    /// Which units each rule applied to, per document: the maturity card's denominators.
    pub coverage: Vec<Coverage>,
    /// Every inline suppression comment of the scanned files.
    pub suppressions: Vec<Suppression>,
    /// Findings left out because they already existed (baseline or diff base).
    pub existing: usize,
    pub documents: usize,
    /// Files read (resources, for a sweep of deployed resources).
    pub files: usize,
    /// What `files` counts: "files" or "resources".
    pub counted: &'static str,
    pub bytes: u64,
}

impl ScanReport {
    /// Findings that are not suppressed.
    pub fn active(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.suppressed.is_none())
    }

    pub fn incomplete(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.level == DiagnosticLevel::Error)
    }

    /// The exit code for a threshold (`None`: never fail on findings).
    pub fn exit_code(&self, fail_on: Option<Severity>) -> i32 {
        let failing = fail_on.is_some_and(|t| self.active().any(|f| f.severity >= t));
        if failing {
            exit::FINDINGS
        } else if self.incomplete() {
            exit::INCOMPLETE
        } else {
            exit::OK
        }
    }
}

/// Scans a path (directory or file) with a compiled engine. With `repository`, a directory also
/// gets the repository document, so repository-level (maturity evidence) rules run.
pub fn scan(
    root: &Path,
    engine: &Engine,
    options: &DiscoverOptions,
    repository: bool,
) -> Result<ScanReport, globset::Error> {
    let started = std::time::Instant::now();
    let inventory = sources::discover(root, options)?;
    let discovered = started.elapsed();
    let mut loaded = sources::load(&inventory);
    if repository && root.is_dir() {
        let summary = sources::repository::summarize(&loaded.documents, &inventory.markers);
        loaded.documents.push(summary);
    }
    let parsed = started.elapsed();
    let evaluation = engine.evaluate(&loaded.documents);
    tracing::info!(
        discover_ms = discovered.as_millis() as u64,
        parse_ms = (parsed - discovered).as_millis() as u64,
        evaluate_ms = (started.elapsed() - parsed).as_millis() as u64,
        documents = loaded.documents.len(),
        "scan phases"
    );
    Ok(assemble(
        root.display().to_string(),
        loaded,
        evaluation,
        engine,
    ))
}

/// A report from loaded documents and their evaluation.
pub fn assemble(
    target: String,
    loaded: sources::Loaded,
    evaluation: crate::engine::Evaluation,
    engine: &Engine,
) -> ScanReport {
    let mut diagnostics = evaluation.diagnostics;
    diagnostics.extend(loaded.diagnostics);
    diagnostics.sort();
    diagnostics.dedup();
    let mut suppressions: Vec<Suppression> = loaded
        .documents
        .iter()
        .flat_map(|d| d.suppressions.iter().cloned())
        .collect();
    suppressions.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    suppressions.dedup_by(|a, b| a.file == b.file && a.line == b.line);
    ScanReport {
        target,
        suppressions,
        existing: 0,
        findings: evaluation.findings,
        diagnostics,
        rules: engine.rules().clone(),
        coverage: evaluation.coverage,
        documents: loaded.documents.len(),
        files: loaded.files,
        counted: "files",
        bytes: loaded.bytes,
    }
}

/// Scans container images only (`tollgate image`).
pub fn scan_images(
    images: &[String],
    engine: &Engine,
    options: &sources::image::ImageOptions,
) -> ScanReport {
    let inventory = sources::Inventory {
        images: images.to_vec(),
        image_options: options.clone(),
        ..sources::Inventory::default()
    };
    let loaded = sources::load(&inventory);
    let evaluation = engine.evaluate(&loaded.documents);
    assemble(images.join(", "), loaded, evaluation, engine)
}

/// How inline suppressions are governed.
#[derive(Debug, Clone)]
pub struct SuppressionPolicy {
    /// Today, `YYYY-MM-DD`: suppressions with an earlier `until=` no longer apply.
    pub today: String,
    /// False when a platform team forbids inline suppressions.
    pub inline: bool,
    /// Report suppressions that matched no finding.
    pub report_unused: bool,
}

/// Applies expiry dates, the inline-suppression switch and the unused-suppression report.
pub fn govern_suppressions(report: &mut ScanReport, policy: &SuppressionPolicy) {
    let used: std::collections::BTreeSet<(String, usize)> = report
        .findings
        .iter()
        .filter_map(|f| f.suppressed.as_ref())
        .map(|w| (w.file.clone(), w.line))
        .collect();
    let mut disabled = 0;
    for finding in &mut report.findings {
        let Some(waiver) = &finding.suppressed else {
            continue;
        };
        if !policy.inline {
            disabled += 1;
            finding.suppressed = None;
        } else if let Some(until) = waiver
            .until
            .as_deref()
            .filter(|u| *u < policy.today.as_str())
        {
            report.diagnostics.push(
                Diagnostic::warning(
                    "suppression-expired",
                    &waiver.file,
                    format!(
                        "suppression of {} expired on {until}; the finding is reported again",
                        finding.rule_id
                    ),
                )
                .at(waiver.line, 1),
            );
            finding.suppressed = None;
        }
    }
    if disabled > 0 {
        report.diagnostics.push(Diagnostic {
            level: DiagnosticLevel::Note,
            ..Diagnostic::warning(
                "inline-suppressions-disabled",
                &report.target,
                format!("inline suppressions are disabled (--no-inline-suppressions): {disabled} findings reported"),
            )
        });
    }
    if policy.report_unused {
        for s in report.suppressions.iter().filter(|s| s.reason.is_some()) {
            if !used.contains(&(s.file.clone(), s.line)) {
                report.diagnostics.push(
                    Diagnostic::warning(
                        "unused-suppression",
                        &s.file,
                        format!(
                            "suppression of {} matches no finding; remove it",
                            s.rule_ids.join(", ")
                        ),
                    )
                    .at(s.line, 1),
                );
            }
        }
    }
    report.diagnostics.sort();
    report.diagnostics.dedup();
}

/// Scans only what a change touched and reports only the findings it introduced: units whose
/// files differ from `base` are evaluated here and in `base`, and findings whose fingerprint
/// the base already had are dropped.
pub fn scan_diff(
    root: &Path,
    engine: &Engine,
    options: &DiscoverOptions,
    base: &str,
) -> Result<ScanReport, crate::diff::DiffError> {
    let changed = crate::diff::changed_files(root, base)?;
    let mut inventory =
        sources::discover(root, options).map_err(|e| crate::diff::DiffError(e.to_string()))?;
    // Terraform directories are all parsed (a changed child module touches its callers); other
    // files only when they changed.
    inventory.files.retain(|(rel, _, _)| changed.contains(rel));
    inventory
        .image_layouts
        .retain(|(rel, _)| changed.iter().any(|c| c.starts_with(rel.as_str())));
    let mut loaded = sources::load(&inventory);
    loaded
        .documents
        .retain(|d| crate::diff::touched(d, &changed));
    let evaluation = engine.evaluate(&loaded.documents);

    let base_dir = tempfile::tempdir().map_err(|e| crate::diff::DiffError(e.to_string()))?;
    let touched: Vec<&crate::model::Document> = loaded.documents.iter().collect();
    crate::diff::materialize_base(root, base, &touched, base_dir.path())?;
    let base_inventory = sources::discover(base_dir.path(), options)
        .map_err(|e| crate::diff::DiffError(e.to_string()))?;
    let base_loaded = sources::load(&base_inventory);
    let base_findings = engine.evaluate(&base_loaded.documents).findings;

    let mut report = assemble(root.display().to_string(), loaded, evaluation, engine);
    let all = report.findings.len();
    report.findings =
        crate::diff::new_findings(std::mem::take(&mut report.findings), &base_findings);
    report.existing = all - report.findings.len();
    Ok(report)
}

/// Name of the central suppression file at the scan root.
pub const IGNORE_FILE: &str = ".tollgateignore.yaml";

/// Applies `.tollgateignore.yaml` at the scan root: a list of
/// `{rule, path, resource, reason, expires, owner}` entries (rule and reason required; `path` is a
/// glob over the finding's file, default every file; `rule` may be `*`).
pub fn central_suppressions(root: &Path, report: &mut ScanReport) -> Result<(), String> {
    let file = root.join(IGNORE_FILE);
    if !root.is_dir() || !file.is_file() {
        return Ok(());
    }
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{IGNORE_FILE}: {e}"))?;
    let docs = sources::yaml::parse(&text, &|_, v| v)
        .map_err(|e| format!("{IGNORE_FILE}:{}: {}", e.line, e.message))?;
    let Some(doc) = docs.into_iter().next() else {
        return Ok(());
    };
    let Some(entries) = doc.value.as_array() else {
        return Err(format!("{IGNORE_FILE}: expected a list of entries"));
    };
    for (i, entry) in entries.iter().enumerate() {
        let line = doc
            .spans
            .get(&vec![i.to_string()])
            .map(|r| r.start_line)
            .unwrap_or(1);
        let field = |k: &str| {
            entry
                .get(k)
                .and_then(serde_json::Value::as_str)
                .map(str::to_string)
        };
        let (Some(rule), Some(reason)) = (
            field("rule"),
            field("reason").filter(|r| !r.trim().is_empty()),
        ) else {
            return Err(format!(
                "{IGNORE_FILE}:{line}: an entry needs `rule` and a non-empty `reason`"
            ));
        };
        let pattern = field("path").unwrap_or_else(|| "**".to_string());
        let glob = globset::Glob::new(&pattern)
            .map_err(|e| format!("{IGNORE_FILE}:{line}: path `{pattern}`: {e}"))?
            .compile_matcher();
        let resource = field("resource");
        let justification = match field("owner") {
            Some(owner) => format!("{reason} (owner: {owner})"),
            None => reason.clone(),
        };
        let until = field("expires");
        for finding in report
            .findings
            .iter_mut()
            .filter(|f| f.suppressed.is_none())
        {
            let matches = (rule == "*" || rule == finding.rule_id)
                && glob.is_match(&finding.location.file)
                && resource
                    .as_ref()
                    .is_none_or(|r| finding.resource.as_ref() == Some(r));
            if matches {
                finding.suppressed = Some(crate::model::Waiver {
                    justification: justification.clone(),
                    file: IGNORE_FILE.to_string(),
                    line,
                    until: until.clone(),
                });
            }
        }
        report.suppressions.push(Suppression {
            file: IGNORE_FILE.to_string(),
            line,
            target_line: line,
            rule_ids: vec![rule],
            reason: Some(reason),
            until,
        });
    }
    Ok(())
}
