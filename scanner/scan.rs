//! One scan end to end: discover, parse, evaluate. The result is what every report renders.

use crate::engine::{Coverage, Engine};
use crate::model::{Diagnostic, DiagnosticLevel, Finding, Rule, Severity};
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
    pub documents: usize,
    pub files: usize,
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

fn assemble(
    target: String,
    loaded: sources::Loaded,
    evaluation: crate::engine::Evaluation,
    engine: &Engine,
) -> ScanReport {
    let mut diagnostics = evaluation.diagnostics;
    diagnostics.extend(loaded.diagnostics);
    diagnostics.sort();
    diagnostics.dedup();
    ScanReport {
        target,
        findings: evaluation.findings,
        diagnostics,
        rules: engine.rules().clone(),
        coverage: evaluation.coverage,
        documents: loaded.documents.len(),
        files: loaded.files,
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
