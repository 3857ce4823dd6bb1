//! `tollgate.toml`: the repository's scan settings — threshold, exclusions, which rules run,
//! severity overrides, organization data and the default output format. Unknown keys are errors
//! with their line, so a typo never silently changes a gate.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Which rules run.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSelection {
    /// When not empty, only these rule ids run.
    #[serde(default)]
    pub enable: Vec<String>,
    /// These rule ids never run.
    #[serde(default)]
    pub disable: Vec<String>,
    /// When not empty, only rules mapped to one of these frameworks run.
    #[serde(default)]
    pub frameworks: Vec<String>,
}

/// The contents of `tollgate.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// `critical`, `high`, `medium`, `low`, `info` or `none`.
    pub fail_on: Option<String>,
    /// Default output format of `scan`.
    pub format: Option<String>,
    /// Globs of paths left out, relative to the scanned directory.
    #[serde(default)]
    pub exclude: Vec<String>,
    #[serde(default)]
    pub rules: RuleSelection,
    /// Rule id → severity, replacing the rule's own.
    #[serde(default)]
    pub severity: BTreeMap<String, String>,
    /// Organization data, merged over `rules/organization.yaml`.
    pub organization: Option<toml::Table>,
}

/// Why the configuration could not be used.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {message}")]
pub struct ConfigError {
    pub path: String,
    pub message: String,
}

impl Config {
    /// Parses `tollgate.toml` text; errors carry the line and column.
    pub fn parse(path: &str, text: &str) -> Result<Config, ConfigError> {
        let config: Config = toml::from_str(text).map_err(|e| ConfigError {
            path: path.to_string(),
            message: e.to_string().trim_end().to_string(),
        })?;
        let severities = ["critical", "high", "medium", "low", "info"];
        if let Some(f) = &config.fail_on {
            if f != "none" && !severities.contains(&f.as_str()) {
                return Err(ConfigError {
                    path: path.into(),
                    message: format!(
                        "fail_on `{f}` is not one of critical, high, medium, low, info, none"
                    ),
                });
            }
        }
        for (rule, s) in &config.severity {
            if !severities.contains(&s.as_str()) {
                return Err(ConfigError {
                    path: path.into(),
                    message: format!(
                        "severity of {rule}: `{s}` is not one of critical, high, medium, low, info"
                    ),
                });
            }
        }
        if let Some(f) = &config.format {
            if !["table", "json", "sarif", "junit", "markdown", "gitlab"].contains(&f.as_str()) {
                return Err(ConfigError {
                    path: path.into(),
                    message: format!(
                        "format `{f}` is not one of table, json, sarif, junit, markdown, gitlab"
                    ),
                });
            }
        }
        Ok(config)
    }

    /// Reads a configuration file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        Config::parse(&path.display().to_string(), &text)
    }

    /// Whether a rule runs under this configuration.
    pub fn selects(&self, rule: &crate::model::Rule) -> bool {
        let r = &self.rules;
        (r.enable.is_empty() || r.enable.contains(&rule.id))
            && !r.disable.contains(&rule.id)
            && (r.frameworks.is_empty()
                || r.frameworks
                    .iter()
                    .any(|f| rule.frameworks.get(f).is_some_and(|c| !c.is_empty())))
    }
}

/// `tollgate.toml` in `start` (or its directory) or the nearest directory above it.
pub fn find(start: &Path) -> Option<PathBuf> {
    let start = start.canonicalize().ok()?;
    let dir = if start.is_file() {
        start.parent()?.to_path_buf()
    } else {
        start
    };
    dir.ancestors()
        .map(|d| d.join("tollgate.toml"))
        .find(|p| p.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_name_their_line() {
        let err = Config::parse(
            "tollgate.toml",
            "fail_on = \"high\"\n\n[rules]\ndisabled = [\"X\"]\n",
        )
        .unwrap_err();
        assert!(err.message.contains("line 4"), "{}", err.message);
        assert!(err.message.contains("disabled"), "{}", err.message);
        assert!(Config::parse("t", "fail_on = \"urgent\"\n").is_err());
        let ok = Config::parse("t", "fail_on = \"medium\"\nexclude = [\"legacy\"]\n[severity]\n\"TG-X\" = \"low\"\n[organization]\nrequired_tags = [\"team\"]\n").unwrap();
        assert_eq!(ok.fail_on.as_deref(), Some("medium"));
        assert!(ok.organization.is_some());
    }
}
