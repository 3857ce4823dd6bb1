//! JUnit XML, which Jenkins and GitLab show as test results: one test case per finding, failed
//! when active and skipped when suppressed.

use crate::scan::ScanReport;
use std::fmt::Write as _;

/// Escapes text for XML attributes and content.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\r' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

pub fn render(report: &ScanReport) -> String {
    let failures = report.active().count();
    let skipped = report.findings.len() - failures;
    let errors = report
        .diagnostics
        .iter()
        .filter(|d| d.level == crate::model::DiagnosticLevel::Error)
        .count();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"tollgate\" tests=\"{}\" failures=\"{failures}\" errors=\"{errors}\" skipped=\"{skipped}\">",
        report.findings.len() + errors
    );
    let _ = writeln!(
        out,
        "  <testsuite name=\"tollgate scan {}\" tests=\"{}\" failures=\"{failures}\" errors=\"{errors}\" skipped=\"{skipped}\">",
        escape(&report.target),
        report.findings.len() + errors
    );
    for f in &report.findings {
        let title = report
            .rules
            .get(&f.rule_id)
            .map(|r| r.title.as_str())
            .unwrap_or("");
        let place = format!("{}:{}", f.location.file, f.location.region.start_line);
        let name = match &f.resource {
            Some(r) => format!("{r} ({place})"),
            None => place.clone(),
        };
        let _ = writeln!(
            out,
            "    <testcase classname=\"{}\" name=\"{}\" file=\"{}\">",
            escape(&f.rule_id),
            escape(&name),
            escape(&f.location.file)
        );
        match &f.suppressed {
            Some(w) => {
                let _ = writeln!(
                    out,
                    "      <skipped message=\"suppressed: {}\"/>",
                    escape(&w.justification)
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "      <failure type=\"{}\" message=\"{}\">{} — {}\n{place}</failure>",
                    f.severity,
                    escape(&f.message),
                    escape(&f.rule_id),
                    escape(title)
                );
            }
        }
        out.push_str("    </testcase>\n");
    }
    for d in report
        .diagnostics
        .iter()
        .filter(|d| d.level == crate::model::DiagnosticLevel::Error)
    {
        let _ = writeln!(
            out,
            "    <testcase classname=\"tollgate.diagnostics\" name=\"{}\" file=\"{}\">\n      <error type=\"{}\" message=\"{}\"/>\n    </testcase>",
            escape(&d.file),
            escape(&d.file),
            escape(&d.code),
            escape(&d.message)
        );
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}
