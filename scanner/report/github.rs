//! GitHub Actions workflow commands: one annotation per active finding, shown on the pull
//! request's diff.

use crate::model::Severity;
use crate::scan::ScanReport;

fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// `::error file=…,line=…::message` lines.
pub fn annotations(report: &ScanReport) -> String {
    let mut out = String::new();
    for f in report.active() {
        let level = match f.severity {
            Severity::Critical | Severity::High => "error",
            Severity::Medium => "warning",
            Severity::Low | Severity::Info => "notice",
        };
        let region = f.location.region;
        out.push_str(&format!(
            "::{level} file={},line={},col={},endLine={},title={}::{}\n",
            escape_property(&f.location.file),
            region.start_line,
            region.start_column,
            region.end_line.max(region.start_line),
            escape_property(&format!("{} {}", f.rule_id, f.severity)),
            escape_data(&f.message)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_workflow_command_values() {
        assert_eq!(escape_data("50%\nnext"), "50%25%0Anext");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
    }
}
