//! Reads a policy's `# METADATA` block (YAML in comments above `package`) into a [`Rule`].
//!
//! regorus does not expose `rego.metadata.*`, so the annotation is read here, from the text.

use crate::model::{Dimension, Kind, Rule, Severity};
use crate::sources::yaml;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Annotation {
    title: String,
    #[serde(default)]
    description: String,
    custom: Custom,
    #[serde(default)]
    scope: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Custom {
    id: String,
    severity: String,
    dimension: String,
    kinds: Vec<String>,
    #[serde(default)]
    frameworks: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    remediation: String,
}

/// A metadata problem, with the 1-based line it is about.
#[derive(Debug, Clone, PartialEq)]
pub struct MetadataError {
    pub line: usize,
    pub message: String,
}

fn error(line: usize, message: impl Into<String>) -> MetadataError {
    MetadataError {
        line,
        message: message.into(),
    }
}

/// True when the policy declares a `deny` rule, i.e. it is a policy and not a helper.
pub fn declares_deny(text: &str) -> bool {
    text.lines()
        .any(|l| l.starts_with("deny ") || l.starts_with("deny[") || l.starts_with("deny contains"))
}

/// Parses the METADATA block of a policy.
pub fn parse(text: &str) -> Result<Rule, MetadataError> {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.trim() == "# METADATA")
        .ok_or_else(|| error(1, "missing `# METADATA` block above `package`"))?;
    let yaml_text: String = lines[start + 1..]
        .iter()
        .take_while(|l| l.starts_with('#'))
        .map(|l| {
            let body = &l[1..];
            body.strip_prefix(' ').unwrap_or(body)
        })
        .collect::<Vec<_>>()
        .join("\n");
    let docs = yaml::parse(&yaml_text, &|_, v| v).map_err(|e| {
        error(
            start + 1 + e.line,
            format!("METADATA is not valid YAML: {}", e.message),
        )
    })?;
    let value = docs.into_iter().next().map(|d| d.value).unwrap_or_default();
    let annotation: Annotation =
        serde_json::from_value(value).map_err(|e| error(start + 1, format!("METADATA: {e}")))?;
    let _ = annotation.scope;
    let custom = annotation.custom;
    // The 1-based line of `key:` inside the block, for errors about that key.
    let line_of = |key: &str| {
        lines[start + 1..]
            .iter()
            .take_while(|l| l.starts_with('#'))
            .position(|l| {
                l.trim_start_matches('#')
                    .trim_start()
                    .starts_with(&format!("{key}:"))
            })
            .map(|i| start + 2 + i)
            .unwrap_or(start + 1)
    };
    let severity = Severity::parse(&custom.severity).ok_or_else(|| {
        error(
            line_of("severity"),
            format!(
                "METADATA: severity `{}` is not one of critical, high, medium, low, info",
                custom.severity
            ),
        )
    })?;
    let dimension = Dimension::parse(&custom.dimension).ok_or_else(|| {
        error(
            line_of("dimension"),
            format!(
                "METADATA: dimension `{}` is not one of automation, deployment, reliability, security",
                custom.dimension
            ),
        )
    })?;
    let mut kinds = Vec::new();
    for k in &custom.kinds {
        kinds.push(
            Kind::parse(k)
                .ok_or_else(|| error(line_of("kinds"), format!("METADATA: unknown kind `{k}`")))?,
        );
    }
    if kinds.is_empty() {
        return Err(error(line_of("kinds"), "METADATA: `kinds` is empty"));
    }
    if custom.id.trim().is_empty() {
        return Err(error(line_of("id"), "METADATA: `id` is empty"));
    }
    let remediation = kinds
        .iter()
        .map(|k| (*k, custom.remediation.trim_end().to_string()))
        .collect();
    Ok(Rule {
        id: custom.id,
        title: annotation.title,
        description: annotation.description.trim_end().to_string(),
        severity,
        dimension,
        kinds,
        frameworks: custom.frameworks,
        remediation,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const POLICY: &str = "# METADATA\n# title: T\n# description: D\n# custom:\n#   id: TG-X-1\n#   severity: high\n#   dimension: security\n#   kinds: [terraform]\n#   frameworks: {nist-800-53: [SC-28]}\n#   remediation: |\n#     fix it\npackage tollgate.terraform.x\n";

    #[test]
    fn reads_metadata() {
        let rule = parse(POLICY).unwrap();
        assert_eq!(rule.id, "TG-X-1");
        assert_eq!(rule.severity, Severity::High);
        assert_eq!(rule.frameworks["nist-800-53"], vec!["SC-28"]);
        assert_eq!(rule.remediation[&Kind::Terraform], "fix it");
    }

    #[test]
    fn errors_name_the_problem() {
        assert!(parse("package x\n")
            .unwrap_err()
            .message
            .contains("METADATA"));
        let bad = POLICY.replace("high", "urgent");
        let err = parse(&bad).unwrap_err();
        assert!(err.message.contains("urgent"));
        assert_eq!(err.line, 6);
        let missing = POLICY.replace("#   id: TG-X-1\n", "");
        assert!(parse(&missing).unwrap_err().message.contains("id"));
    }
}
