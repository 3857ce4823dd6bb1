//! A Markdown summary for pull requests: counts, then findings grouped by severity with links
//! to the file and line.

use crate::model::Severity;
use crate::scan::ScanReport;
use std::fmt::Write as _;

pub fn render(report: &ScanReport) -> String {
    let mut out = String::from("## Tollgate\n\n");
    let active: Vec<_> = report.active().collect();
    let suppressed = report.findings.len() - active.len();
    let new = if report.existing > 0 { " new" } else { "" };
    let _ = writeln!(
        out,
        "{}{new} findings in {} documents ({} files){}{}.\n",
        active.len(),
        report.documents,
        report.files,
        if suppressed > 0 {
            format!(", {suppressed} suppressed")
        } else {
            String::new()
        },
        if report.incomplete() {
            ", **scan incomplete**"
        } else {
            ""
        }
    );
    if report.existing > 0 {
        let _ = writeln!(
            out,
            "{} findings that already existed (baseline or base revision) are not shown.\n",
            report.existing
        );
    }
    for severity in [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Info,
    ] {
        let group: Vec<_> = active.iter().filter(|f| f.severity == severity).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "### {} ({})\n\n| Rule | Resource | Location | Message |\n|---|---|---|---|",
            severity,
            group.len()
        );
        for f in group {
            let line = f.location.region.start_line;
            let _ = writeln!(
                out,
                "| `{}` | {} | [{}:{line}]({}#L{line}) | {} |",
                f.rule_id,
                f.resource
                    .as_deref()
                    .map(|r| format!("`{r}`"))
                    .unwrap_or_else(|| "–".into()),
                f.location.file,
                f.location.file,
                f.message.replace('|', "\\|")
            );
        }
        out.push('\n');
    }
    out
}
