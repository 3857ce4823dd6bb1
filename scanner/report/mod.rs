//! Findings to outputs: each format is a pure function of a [`ScanReport`](crate::scan::ScanReport).

pub mod card;
pub mod json;
pub mod rules;
pub mod sarif;
pub mod table;

/// Output formats of `tollgate scan`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Sarif,
}

/// Renders a report in a format.
pub fn render(report: &crate::scan::ScanReport, format: Format) -> String {
    match format {
        Format::Table => table::render(report),
        Format::Json => json::render(report),
        Format::Sarif => sarif::render(report),
    }
}
