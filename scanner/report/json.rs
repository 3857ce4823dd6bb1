//! Tollgate's own JSON output, schema `tollgate.scan/v1` (documented in the README).

use crate::model::{Finding, Severity};
use crate::scan::ScanReport;
use serde_json::{json, Value};

pub const SCHEMA: &str = "tollgate.scan/v1";

fn finding(f: &Finding) -> Value {
    let mut value = json!({
        "rule_id": f.rule_id,
        "severity": f.severity,
        "kind": f.kind,
        "document": f.document,
        "resource": f.resource,
        "path": f.path,
        "message": f.message,
        "file": f.location.file,
        "start_line": f.location.region.start_line,
        "start_column": f.location.region.start_column,
        "end_line": f.location.region.end_line,
        "end_column": f.location.region.end_column,
        "fingerprint": f.fingerprint,
        "suppressed": f.suppressed,
    });
    if !f.properties.is_empty() {
        value["properties"] = json!(f.properties);
    }
    value
}

/// Counts of active findings per severity, most severe first.
pub fn severity_counts(report: &ScanReport) -> Value {
    let mut counts = serde_json::Map::new();
    for s in [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Info,
    ] {
        counts.insert(
            s.as_str().to_string(),
            json!(report.active().filter(|f| f.severity == s).count()),
        );
    }
    Value::Object(counts)
}

pub fn render(report: &ScanReport) -> String {
    let used: std::collections::BTreeSet<&str> =
        report.findings.iter().map(|f| f.rule_id.as_str()).collect();
    let value = json!({
        "schema": SCHEMA,
        "tool": {"name": "tollgate", "version": env!("CARGO_PKG_VERSION")},
        "target": report.target,
        "summary": {
            "documents": report.documents,
            "files": report.files,
            "bytes": report.bytes,
            "findings": report.active().count(),
            "suppressed": report.findings.len() - report.active().count(),
            "by_severity": severity_counts(report),
            "incomplete": report.incomplete(),
        },
        "findings": report.findings.iter().map(finding).collect::<Vec<_>>(),
        "diagnostics": report.diagnostics,
        "rules": report.rules.values().filter(|r| used.contains(r.id.as_str())).collect::<Vec<_>>(),
    });
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}
