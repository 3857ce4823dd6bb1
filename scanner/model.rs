//! Types shared by every stage: kinds, severities, documents with their source maps,
//! diagnostics and findings.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The kind of a document: which parser produced it and which policies apply to it.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Terraform,
    Cloudformation,
    Kubernetes,
    Dockerfile,
    Compose,
    Pipeline,
    /// The repository as a whole: what it contains and what it lacks (maturity evidence).
    Repository,
    /// A container image: its configuration and filesystem.
    Image,
    /// Deployed AWS resources of one account and region (a live sweep or a Config snapshot).
    Aws,
}

impl Kind {
    pub const ALL: [Kind; 9] = [
        Kind::Terraform,
        Kind::Cloudformation,
        Kind::Kubernetes,
        Kind::Dockerfile,
        Kind::Compose,
        Kind::Pipeline,
        Kind::Repository,
        Kind::Image,
        Kind::Aws,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Terraform => "terraform",
            Kind::Cloudformation => "cloudformation",
            Kind::Kubernetes => "kubernetes",
            Kind::Dockerfile => "dockerfile",
            Kind::Compose => "compose",
            Kind::Pipeline => "pipeline",
            Kind::Repository => "repository",
            Kind::Image => "image",
            Kind::Aws => "aws",
        }
    }

    pub fn parse(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How bad a finding is. Ordered from least to most severe.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }

    pub fn parse(name: &str) -> Option<Severity> {
        [
            Severity::Info,
            Severity::Low,
            Severity::Medium,
            Severity::High,
            Severity::Critical,
        ]
        .into_iter()
        .find(|s| s.as_str() == name)
    }

    /// The CVSS-like score GitHub code scanning reads from `security-severity`.
    pub fn security_score(self) -> &'static str {
        match self {
            Severity::Info => "0.0",
            Severity::Low => "3.0",
            Severity::Medium => "5.5",
            Severity::High => "8.0",
            Severity::Critical => "9.5",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The maturity dimension a rule contributes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dimension {
    Automation,
    Deployment,
    Reliability,
    Security,
}

impl Dimension {
    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Automation => "automation",
            Dimension::Deployment => "deployment",
            Dimension::Reliability => "reliability",
            Dimension::Security => "security",
        }
    }

    pub fn parse(name: &str) -> Option<Dimension> {
        [
            Dimension::Automation,
            Dimension::Deployment,
            Dimension::Reliability,
            Dimension::Security,
        ]
        .into_iter()
        .find(|d| d.as_str() == name)
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A range in a file: 1-based lines and columns, end column exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Default)]
pub struct Region {
    pub start_line: usize,
    pub start_column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

/// A file and a region in it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Location {
    pub file: String,
    pub region: Region,
}

impl Location {
    /// The start of a line of a file.
    pub fn line(file: &str, line: usize) -> Location {
        Location {
            file: file.to_string(),
            region: Region {
                start_line: line,
                start_column: 1,
                end_line: line,
                end_column: 1,
            },
        }
    }
}

/// Where a resource and its attributes are written.
#[derive(Debug, Clone, Default)]
pub struct ResourceSpans {
    pub location: Option<Location>,
    /// Attribute path (as strings) → location of that attribute.
    pub attributes: BTreeMap<Vec<String>, Location>,
}

/// Maps (resource address, attribute path) to a file location. Kept outside the policy input.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    pub resources: BTreeMap<String, ResourceSpans>,
}

impl SourceMap {
    /// The location of `path` inside `resource`: the longest prefix of the path that was
    /// written down, else the resource itself.
    pub fn locate(&self, resource: &str, path: &[String]) -> Option<&Location> {
        let spans = self.resources.get(resource)?;
        (1..=path.len())
            .rev()
            .find_map(|n| spans.attributes.get(&path[..n]))
            .or(spans.location.as_ref())
    }
}

/// An inline `tollgate:ignore=ID[,ID] reason="…"` comment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suppression {
    pub file: String,
    /// The line of the comment.
    pub line: usize,
    /// The first line after the comment block that is not a comment or blank: the line the
    /// suppression is written above.
    pub target_line: usize,
    pub rule_ids: Vec<String>,
    pub reason: Option<String>,
    /// `until=YYYY-MM-DD`: the last day the suppression applies.
    pub until: Option<String>,
}

/// The normalized view of one unit of configuration plus what the scanner needs to report on it.
#[derive(Debug, Clone)]
pub struct Document {
    pub kind: Kind,
    /// Unit path relative to the scan root, `/`-separated.
    pub path: String,
    /// The file document-level findings point at.
    pub file: String,
    /// What policies see as `input`.
    pub input: serde_json::Value,
    pub source_map: SourceMap,
    pub suppressions: Vec<Suppression>,
}

/// Severity of a diagnostic about the scan itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DiagnosticLevel {
    Note,
    Warning,
    /// Part of the input could not be scanned: the scan is incomplete.
    Error,
}

/// Something the scanner has to say about its input: a file it could not parse, a file it
/// skipped, a template it could not render.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Diagnostic {
    pub level: DiagnosticLevel,
    pub code: String,
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl Diagnostic {
    pub fn error(code: &str, file: &str, message: impl Into<String>) -> Self {
        Diagnostic {
            level: DiagnosticLevel::Error,
            code: code.to_string(),
            file: file.to_string(),
            line: None,
            column: None,
            message: message.into(),
        }
    }

    pub fn warning(code: &str, file: &str, message: impl Into<String>) -> Self {
        Diagnostic {
            level: DiagnosticLevel::Warning,
            ..Diagnostic::error(code, file, message)
        }
    }

    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.level {
            DiagnosticLevel::Note => "note",
            DiagnosticLevel::Warning => "warning",
            DiagnosticLevel::Error => "error",
        };
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "{level}: {}:{l}:{c}: {}", self.file, self.message),
            (Some(l), None) => write!(f, "{level}: {}:{l}: {}", self.file, self.message),
            _ => write!(f, "{level}: {}: {}", self.file, self.message),
        }
    }
}

/// Rule metadata, merged over every policy file that carries the same id.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rule {
    pub id: String,
    pub title: String,
    pub description: String,
    pub severity: Severity,
    pub dimension: Dimension,
    pub kinds: Vec<Kind>,
    pub frameworks: BTreeMap<String, Vec<String>>,
    /// Remediation text per kind.
    pub remediation: BTreeMap<Kind, String>,
}

/// How a finding was waived.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Waiver {
    pub justification: String,
    pub file: String,
    pub line: usize,
    pub until: Option<String>,
}

/// One policy violation at one place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub rule_id: String,
    pub severity: Severity,
    pub kind: Kind,
    /// The unit the finding is in.
    pub document: String,
    pub resource: Option<String>,
    pub path: Vec<String>,
    pub message: String,
    pub location: Location,
    pub fingerprint: String,
    pub suppressed: Option<Waiver>,
    /// Where a finding on a deployed resource lives: `account`, `region`, `resourceType`.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub properties: BTreeMap<String, String>,
}
