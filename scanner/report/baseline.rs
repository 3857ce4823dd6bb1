//! Baselines: the fingerprints of the findings a team has accepted for now, so a scan reports
//! only what is new. Fingerprints hash rule, unit and resource — not lines — so moving a
//! resource or editing around it does not make its finding new.

use crate::model::Finding;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

pub const SCHEMA: &str = "tollgate.baseline/v1";

/// One accepted finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Entry {
    pub fingerprint: String,
    pub rule_id: String,
    pub document: String,
    pub resource: Option<String>,
}

/// A baseline file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Baseline {
    pub schema: String,
    pub findings: Vec<Entry>,
}

impl Baseline {
    /// The baseline of the active findings of a scan, sorted and without duplicates.
    pub fn from_findings<'a>(findings: impl Iterator<Item = &'a Finding>) -> Baseline {
        let entries: BTreeSet<Entry> = findings
            .map(|f| Entry {
                fingerprint: f.fingerprint.clone(),
                rule_id: f.rule_id.clone(),
                document: f.document.clone(),
                resource: f.resource.clone(),
            })
            .collect();
        Baseline {
            schema: SCHEMA.to_string(),
            findings: entries.into_iter().collect(),
        }
    }

    pub fn fingerprints(&self) -> BTreeSet<&str> {
        self.findings
            .iter()
            .map(|e| e.fingerprint.as_str())
            .collect()
    }

    /// Entries whose finding no longer appears among `findings`: fixed since the baseline.
    pub fn fixed<'a>(&'a self, findings: &[Finding]) -> Vec<&'a Entry> {
        let now: BTreeSet<&str> = findings.iter().map(|f| f.fingerprint.as_str()).collect();
        self.findings
            .iter()
            .filter(|e| !now.contains(e.fingerprint.as_str()))
            .collect()
    }
}
