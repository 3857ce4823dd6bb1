//! GitLab code quality report (the `codequality` artifact shown in merge requests).

use crate::model::Severity;
use crate::scan::ScanReport;
use serde_json::json;

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "blocker",
        Severity::High => "critical",
        Severity::Medium => "major",
        Severity::Low => "minor",
        Severity::Info => "info",
    }
}

pub fn render(report: &ScanReport) -> String {
    let issues: Vec<_> = report
        .active()
        .map(|f| {
            json!({
                "type": "issue",
                "check_name": f.rule_id,
                "description": f.message,
                "categories": ["Security"],
                "severity": severity(f.severity),
                // Distinct per finding: the stable fingerprint plus where in the resource it is.
                "fingerprint": format!("{}-{}", f.fingerprint, f.path.join(".")),
                "location": {"path": f.location.file, "lines": {"begin": f.location.region.start_line}},
            })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&issues).unwrap_or_else(|_| "[]".to_string());
    text.push('\n');
    text
}
