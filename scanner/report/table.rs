//! The human table: one row per finding, then a summary line.

use crate::scan::ScanReport;
use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, Color, ContentArrangement, Table};

fn color(severity: crate::model::Severity) -> Color {
    use crate::model::Severity::*;
    match severity {
        Critical => Color::Magenta,
        High => Color::Red,
        Medium => Color::Yellow,
        Low => Color::Blue,
        Info => Color::Grey,
    }
}

pub fn render(report: &ScanReport) -> String {
    let mut out = String::new();
    let active: Vec<_> = report.active().collect();
    if !active.is_empty() {
        let mut table = Table::new();
        table
            .load_style(UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_header(["Severity", "Rule", "Resource", "Location", "Message"]);
        if table.width().is_none() {
            // Not a terminal: wrap at a width that reads well in CI logs.
            table.set_width(160);
        }
        for f in &active {
            table.add_row(vec![
                Cell::new(f.severity.as_str()).fg(color(f.severity)),
                Cell::new(&f.rule_id),
                Cell::new(f.resource.as_deref().unwrap_or("-")),
                Cell::new(format!(
                    "{}:{}",
                    f.location.file, f.location.region.start_line
                )),
                Cell::new(&f.message),
            ]);
        }
        out.push_str(&table.to_string());
        out.push('\n');
    }
    out.push_str(&summary(report));
    out
}

/// The one-line summary: counts by severity, documents, files, suppressions, completeness.
pub fn summary(report: &ScanReport) -> String {
    let active = report.active().count();
    let suppressed = report.findings.len() - active;
    let counts = super::json::severity_counts(report);
    let by_severity: Vec<String> = counts
        .as_object()
        .map(|m| {
            m.iter()
                .filter(|(_, n)| n.as_u64().unwrap_or(0) > 0)
                .map(|(s, n)| format!("{n} {s}"))
                .collect()
        })
        .unwrap_or_default();
    format!(
        "{} findings{} in {} documents ({} {}){}{}\n",
        active,
        if by_severity.is_empty() {
            String::new()
        } else {
            format!(" ({})", by_severity.join(", "))
        },
        report.documents,
        report.files,
        report.counted,
        if suppressed > 0 {
            format!(", {suppressed} suppressed")
        } else {
            String::new()
        },
        if report.incomplete() {
            ", scan incomplete (see diagnostics)"
        } else {
            ""
        },
    )
}
