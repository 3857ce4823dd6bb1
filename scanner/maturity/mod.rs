//! Findings to a maturity card: per dimension a score from the pass rates of the rules that
//! applied, a level, the evidence behind it and the actions that would raise it most.
//!
//! The model (weights, level bands, minimum evidence, core signals, caps) is data in
//! `rules/maturity.toml`; this module only applies it.

pub mod history;

use crate::model::{Dimension, Finding, Rule, Severity};
use crate::scan::ScanReport;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The built-in model.
pub const MODEL_TOML: &str = include_str!("../../rules/maturity.toml");

/// Version of the card's JSON shape.
pub const CARD_SCHEMA: &str = "tollgate.card/v1";

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Level {
    pub level: u8,
    pub name: String,
    pub minimum: f64,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub minimum_rules: usize,
    pub core_pass_rate: f64,
    pub unmeasured_level_cap: u8,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Core {
    pub rules: Vec<String>,
}

/// The maturity model.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Model {
    pub version: u32,
    pub weights: BTreeMap<Severity, f64>,
    #[serde(default)]
    pub rule_weights: BTreeMap<String, f64>,
    pub assessment: Assessment,
    pub core: Core,
    pub levels: Vec<Level>,
}

/// Why a model could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{source_name}: {message}")]
pub struct ModelError {
    pub source_name: String,
    pub message: String,
}

impl Model {
    /// Parses a model; levels must be given in increasing order of their minimum.
    pub fn parse(source_name: &str, text: &str) -> Result<Model, ModelError> {
        let error = |message: String| ModelError {
            source_name: source_name.to_string(),
            message,
        };
        let model: Model = toml::from_str(text).map_err(|e| error(e.to_string()))?;
        if model.levels.is_empty()
            || model
                .levels
                .windows(2)
                .any(|w| w[0].minimum >= w[1].minimum)
        {
            return Err(error(
                "levels must be listed with increasing `minimum`".to_string(),
            ));
        }
        Ok(model)
    }

    /// The model compiled into the binary.
    pub fn builtin() -> Result<Model, ModelError> {
        Model::parse("rules/maturity.toml", MODEL_TOML)
    }

    pub fn weight(&self, rule: &Rule) -> f64 {
        self.rule_weights
            .get(&rule.id)
            .or_else(|| self.weights.get(&rule.severity))
            .copied()
            .unwrap_or(1.0)
    }

    fn band(&self, score: f64) -> &Level {
        self.levels
            .iter()
            .rev()
            .find(|l| score >= l.minimum)
            .unwrap_or(&self.levels[0])
    }

    fn level_named(&self, level: u8) -> &Level {
        self.levels
            .iter()
            .find(|l| l.level == level)
            .unwrap_or(&self.levels[0])
    }
}

/// Where a failing rule was seen first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Example {
    pub file: String,
    pub line: usize,
    pub resource: Option<String>,
    pub message: String,
}

/// One rule's result over the target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleResult {
    pub rule_id: String,
    pub title: String,
    pub severity: Severity,
    pub weight: f64,
    pub core: bool,
    pub applied: usize,
    pub failed: usize,
    pub pass_rate: f64,
    pub example: Option<Example>,
    pub remediation: String,
}

/// An action that would raise a dimension's score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Action {
    pub rule_id: String,
    pub title: String,
    /// Score points gained if every unit passed.
    pub points: f64,
    pub lifts_cap: bool,
    pub failed: usize,
    pub example: Option<Example>,
    pub remediation: String,
}

/// One dimension of the card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DimensionCard {
    pub dimension: Dimension,
    pub assessed: bool,
    pub score: Option<f64>,
    pub level: Option<u8>,
    pub level_name: Option<String>,
    pub rules_applied: usize,
    pub rules_passed: usize,
    pub units_applied: usize,
    pub units_failed: usize,
    pub caps: Vec<String>,
    pub evidence: Vec<RuleResult>,
    pub actions: Vec<Action>,
}

/// The overall result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Overall {
    pub assessed: bool,
    pub score: Option<f64>,
    pub level: Option<u8>,
    pub level_name: Option<String>,
    pub caps: Vec<String>,
}

/// The maturity card of one target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Card {
    pub schema: String,
    pub target: String,
    pub generated_at: String,
    pub tool_version: String,
    pub model_version: u32,
    pub overall: Overall,
    /// Share of the scanned files that could be read: parse failures lower it.
    pub confidence: f64,
    pub dimensions: Vec<DimensionCard>,
    pub findings: usize,
    /// Scores of earlier runs of the same target, oldest first (filled from history).
    #[serde(default)]
    pub history: Vec<HistoryPoint>,
}

/// One earlier run, as stored in the history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryPoint {
    pub generated_at: String,
    pub overall: Option<f64>,
    pub dimensions: BTreeMap<Dimension, Option<f64>>,
}

impl Card {
    pub fn dimension(&self, d: Dimension) -> Option<&DimensionCard> {
        self.dimensions.iter().find(|c| c.dimension == d)
    }

    /// Change of each dimension's score since the previous run in `history`.
    pub fn deltas(&self) -> BTreeMap<Dimension, f64> {
        let Some(previous) = self.history.last() else {
            return BTreeMap::new();
        };
        self.dimensions
            .iter()
            .filter_map(|d| {
                let before = previous.dimensions.get(&d.dimension).copied().flatten()?;
                Some((d.dimension, d.score? - before))
            })
            .collect()
    }
}

const DIMENSIONS: [Dimension; 4] = [
    Dimension::Automation,
    Dimension::Deployment,
    Dimension::Reliability,
    Dimension::Security,
];

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn example(finding: &Finding) -> Example {
    Example {
        file: finding.location.file.clone(),
        line: finding.location.region.start_line,
        resource: finding.resource.clone(),
        message: finding.message.clone(),
    }
}

/// Builds the card of a scan. `generated_at` is an RFC 3339 time.
pub fn card(report: &ScanReport, model: &Model, generated_at: &str) -> Card {
    // Units each rule applied to and failed on, across documents. Suppressed findings count as
    // failures: an inline suppression has no owner or expiry, so it is not a waiver.
    let mut applied: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let mut failed: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for c in &report.coverage {
        let key = |u: &String| format!("{}\u{1f}{u}", c.document);
        applied
            .entry(c.rule_id.as_str())
            .or_default()
            .extend(c.units.iter().map(key));
        failed
            .entry(c.rule_id.as_str())
            .or_default()
            .extend(c.failed.iter().map(key));
    }
    let mut first: BTreeMap<&str, &Finding> = BTreeMap::new();
    for f in &report.findings {
        first.entry(f.rule_id.as_str()).or_insert(f);
    }
    let core: BTreeSet<&str> = model.core.rules.iter().map(String::as_str).collect();

    let mut dimensions = Vec::new();
    for dimension in DIMENSIONS {
        let mut evidence = Vec::new();
        for rule in report.rules.values().filter(|r| r.dimension == dimension) {
            let units = applied.get(rule.id.as_str());
            let n_applied = units.map(BTreeSet::len).unwrap_or(0);
            if n_applied == 0 {
                continue; // not applicable: nothing in the target for this rule to check
            }
            let n_failed = failed
                .get(rule.id.as_str())
                .map(|f| {
                    f.iter()
                        .filter(|u| units.is_some_and(|a| a.contains(*u)))
                        .count()
                })
                .unwrap_or(0);
            evidence.push(RuleResult {
                rule_id: rule.id.clone(),
                title: rule.title.clone(),
                severity: rule.severity,
                weight: model.weight(rule),
                core: core.contains(rule.id.as_str()),
                applied: n_applied,
                failed: n_failed,
                pass_rate: (n_applied - n_failed) as f64 / n_applied as f64,
                example: first.get(rule.id.as_str()).map(|f| example(f)),
                remediation: rule
                    .remediation
                    .values()
                    .next()
                    .cloned()
                    .unwrap_or_default(),
            });
        }
        let total_weight: f64 = evidence.iter().map(|e| e.weight).sum();
        let assessed = evidence.len() >= model.assessment.minimum_rules && total_weight > 0.0;
        let score = assessed.then(|| {
            round1(
                100.0 * evidence.iter().map(|e| e.weight * e.pass_rate).sum::<f64>() / total_weight,
            )
        });
        let mut caps = Vec::new();
        let mut level = score.map(|s| model.band(s).level);
        if let Some(l) = level.as_mut() {
            for e in evidence
                .iter()
                .filter(|e| e.core && e.pass_rate < model.assessment.core_pass_rate)
            {
                if *l > 2 {
                    *l = 2;
                }
                caps.push(format!(
                    "core rule {} passes {:.0}% (< {:.0}%): level at most 2",
                    e.rule_id,
                    e.pass_rate * 100.0,
                    model.assessment.core_pass_rate * 100.0
                ));
            }
            let cap = model.assessment.unmeasured_level_cap;
            if *l > cap {
                *l = cap;
                caps.push(format!(
                    "no measured delivery data (DORA, restore tests): level at most {cap}"
                ));
            }
        }
        let mut actions: Vec<Action> = evidence
            .iter()
            .filter(|e| e.failed > 0)
            .map(|e| Action {
                rule_id: e.rule_id.clone(),
                title: e.title.clone(),
                points: if total_weight > 0.0 {
                    round1(100.0 * e.weight * (1.0 - e.pass_rate) / total_weight)
                } else {
                    0.0
                },
                lifts_cap: e.core && e.pass_rate < model.assessment.core_pass_rate,
                failed: e.failed,
                example: e.example.clone(),
                remediation: e.remediation.clone(),
            })
            .collect();
        let severity_of = |id: &str| {
            report
                .rules
                .get(id)
                .map(|r| r.severity)
                .unwrap_or(Severity::Info)
        };
        actions.sort_by(|a, b| {
            (b.lifts_cap, b.points, severity_of(&b.rule_id))
                .partial_cmp(&(a.lifts_cap, a.points, severity_of(&a.rule_id)))
                .unwrap_or(std::cmp::Ordering::Equal)
                .then_with(|| a.rule_id.cmp(&b.rule_id))
        });
        actions.truncate(3);
        evidence.sort_by(|a, b| {
            a.pass_rate
                .partial_cmp(&b.pass_rate)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then_with(|| a.rule_id.cmp(&b.rule_id))
        });
        dimensions.push(DimensionCard {
            dimension,
            assessed,
            score,
            level_name: level.map(|l| model.level_named(l).name.clone()),
            level,
            rules_applied: evidence.len(),
            rules_passed: evidence.iter().filter(|e| e.failed == 0).count(),
            units_applied: evidence.iter().map(|e| e.applied).sum(),
            units_failed: evidence.iter().map(|e| e.failed).sum(),
            caps,
            evidence,
            actions,
        });
    }

    let assessed: Vec<&DimensionCard> = dimensions.iter().filter(|d| d.assessed).collect();
    let overall = if assessed.is_empty() {
        Overall {
            assessed: false,
            score: None,
            level: None,
            level_name: None,
            caps: Vec::new(),
        }
    } else {
        let mean =
            round1(assessed.iter().filter_map(|d| d.score).sum::<f64>() / assessed.len() as f64);
        let mut level = model.band(mean).level;
        let mut caps = Vec::new();
        if let Some(weakest) = assessed.iter().filter_map(|d| d.level).min() {
            if level > weakest + 1 {
                level = weakest + 1;
                caps.push(format!(
                    "the weakest dimension is at level {weakest}: overall at most {}",
                    weakest + 1
                ));
            }
        }
        let cap = model.assessment.unmeasured_level_cap;
        if level > cap {
            level = cap;
            caps.push(format!("no measured delivery data: level at most {cap}"));
        }
        Overall {
            assessed: true,
            score: Some(mean),
            level: Some(level),
            level_name: Some(model.level_named(level).name.clone()),
            caps,
        }
    };
    let unreadable = report
        .diagnostics
        .iter()
        .filter(|d| d.level == crate::model::DiagnosticLevel::Error)
        .count();
    let confidence = if report.files + unreadable == 0 {
        1.0
    } else {
        round1(100.0 * report.files as f64 / (report.files + unreadable) as f64) / 100.0
    };
    Card {
        schema: CARD_SCHEMA.to_string(),
        target: report.target.clone(),
        generated_at: generated_at.to_string(),
        tool_version: env!("CARGO_PKG_VERSION").to_string(),
        model_version: model.version,
        overall,
        confidence,
        dimensions,
        findings: report.findings.len(),
        history: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_model_parses_and_bands() {
        let model = Model::builtin().unwrap();
        assert_eq!(model.band(0.0).level, 1);
        assert_eq!(model.band(59.9).level, 2);
        assert_eq!(model.band(75.0).level, 4);
        assert_eq!(model.band(100.0).level, 5);
        assert!(Model::parse("m", "version = 1\n").is_err());
        let unordered = MODEL_TOML.replace("minimum = 40", "minimum = 95");
        assert!(Model::parse("m", &unordered).is_err());
    }
}
