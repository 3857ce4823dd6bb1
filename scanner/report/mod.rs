//! Findings to outputs: each format is a pure function of a [`ScanReport`](crate::scan::ScanReport).

pub mod baseline;
pub mod card;
pub mod github;
pub mod gitlab;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod rules;
pub mod sarif;
pub mod table;

/// Output formats of `tollgate scan`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Sarif,
    /// JUnit XML for Jenkins and GitLab test reports.
    Junit,
    /// A Markdown summary for pull requests.
    Markdown,
    /// GitLab code quality JSON.
    Gitlab,
}

/// Renders a report in a format.
pub fn render(report: &crate::scan::ScanReport, format: Format) -> String {
    match format {
        Format::Table => table::render(report),
        Format::Json => json::render(report),
        Format::Sarif => sarif::render(report),
        Format::Junit => junit::render(report),
        Format::Markdown => markdown::render(report),
        Format::Gitlab => gitlab::render(report),
    }
}
