//! Organization data: `rules/organization.yaml`, compiled into the binary, that policies read
//! as `data.tollgate.organization`, with the user's overrides merged over it key by key.

use crate::sources::yaml;
use serde_json::{json, Map, Value};

/// The built-in organization defaults.
pub const ORGANIZATION_YAML: &str = include_str!("../../rules/organization.yaml");

/// End-of-life dates of operating system releases, `data.tollgate.os_eol`.
pub const OS_EOL_YAML: &str = include_str!("../../rules/os-eol.yaml");

/// Why organization data could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{source_name}: {message}")]
pub struct DataError {
    pub source_name: String,
    pub message: String,
}

/// Parses a YAML or JSON data file into a value.
pub fn parse(source_name: &str, text: &str) -> Result<Value, DataError> {
    let docs = yaml::parse(text, &|_, v| v).map_err(|e| DataError {
        source_name: source_name.to_string(),
        message: format!("line {}: {}", e.line, e.message),
    })?;
    Ok(docs
        .into_iter()
        .next()
        .map(|d| d.value)
        .unwrap_or(Value::Null))
}

/// Merges `overlay` into `base`: objects key by key, anything else replaced.
pub fn merge(base: &mut Value, overlay: Value) {
    match (base, overlay) {
        (Value::Object(b), Value::Object(o)) => {
            for (k, v) in o {
                merge(b.entry(k).or_insert(Value::Null), v);
            }
        }
        (b, o) => *b = o,
    }
}

/// `data` for the engine: the defaults with each override merged in order. An override may give
/// the keys at its top level or under `organization`.
pub fn organization(overrides: Vec<(String, Value)>) -> Result<Value, DataError> {
    let mut organization = parse("rules/organization.yaml", ORGANIZATION_YAML)?;
    for (name, value) in overrides {
        let value = match value {
            Value::Object(mut m) if m.contains_key("organization") => {
                m.remove("organization").unwrap_or(Value::Null)
            }
            other => other,
        };
        if !value.is_object() {
            return Err(DataError {
                source_name: name,
                message: "organization data must be a mapping of keys such as required_tags".into(),
            });
        }
        merge(&mut organization, value);
    }
    let mut tollgate = Map::new();
    tollgate.insert("organization".to_string(), organization);
    tollgate.insert(
        "os_eol".to_string(),
        parse("rules/os-eol.yaml", OS_EOL_YAML)?,
    );
    Ok(json!({ "tollgate": tollgate }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_overrides() {
        let data = organization(vec![(
            "t".into(),
            json!({"organization": {"required_tags": ["team"], "log_retention_days": 30}}),
        )])
        .unwrap();
        let org = &data["tollgate"]["organization"];
        assert_eq!(org["required_tags"], json!(["team"]));
        assert_eq!(org["log_retention_days"], 30);
        assert_eq!(org["minimum_tls_version"], "1.2");
        assert!(organization(vec![("x".into(), json!([1]))]).is_err());
    }
}
