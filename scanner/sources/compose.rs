//! docker-compose files: each service is a resource, with its environment, volumes and image
//! normalized whatever syntax they were written in.

use super::yaml::SpannedDocument;
use super::{reference as image, Parsed};
use crate::model::{Diagnostic, Kind, SourceMap, Suppression};
use serde_json::{json, Map, Value};

/// `compose.yaml`, `compose.yml`, `docker-compose.yml`, `docker-compose.override.yaml` …
pub fn is_compose_file(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    (lower.starts_with("compose.") || lower.starts_with("docker-compose"))
        && (lower.ends_with(".yml") || lower.ends_with(".yaml"))
}

fn environment(service: &Value) -> Map<String, Value> {
    match service.get("environment") {
        Some(Value::Object(map)) => map
            .iter()
            .map(|(k, v)| {
                let v = match v {
                    Value::Null => Value::Null,
                    Value::String(s) => Value::String(s.clone()),
                    other => Value::String(other.to_string()),
                };
                (k.clone(), v)
            })
            .collect(),
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .map(|item| match item.split_once('=') {
                Some((k, v)) => (k.to_string(), json!(v)),
                None => (item.to_string(), Value::Null),
            })
            .collect(),
        _ => Map::new(),
    }
}

fn volumes(service: &Value) -> Vec<Value> {
    let Some(list) = service.get("volumes").and_then(Value::as_array) else {
        return Vec::new();
    };
    list.iter()
        .enumerate()
        .map(|(index, v)| match v {
            Value::String(s) => {
                let parts: Vec<&str> = s.split(':').collect();
                let (source, target, mode) = match parts.as_slice() {
                    [target] => (None, *target, None),
                    [source, target] => (Some(*source), *target, None),
                    [source, target, mode, ..] => (Some(*source), *target, Some(*mode)),
                    [] => (None, "", None),
                };
                let kind = match source {
                    Some(s) if s.starts_with('/') || s.starts_with('.') || s.starts_with('~') => "bind",
                    Some(_) => "volume",
                    None => "volume",
                };
                json!({
                    "index": index,
                    "source": source,
                    "target": target,
                    "read_only": mode.is_some_and(|m| m.split(',').any(|o| o == "ro")),
                    "type": kind,
                })
            }
            Value::Object(m) => json!({
                "index": index,
                "source": m.get("source"),
                "target": m.get("target"),
                "read_only": m.get("read_only").and_then(Value::as_bool).unwrap_or(false),
                "type": m.get("type").and_then(Value::as_str).unwrap_or("volume"),
            }),
            _ => json!({"index": index, "source": null, "target": null, "read_only": false, "type": "unknown"}),
        })
        .collect()
}

/// A compose file to a document; a file without a `services` mapping is reported.
pub fn parse(
    rel: &str,
    doc: &SpannedDocument,
    suppressions: Vec<Suppression>,
) -> Result<Parsed, Diagnostic> {
    let Some(services) = doc.value.get("services").and_then(Value::as_object) else {
        return Err(Diagnostic::warning(
            "not-compose",
            rel,
            "compose file has no `services` mapping; nothing to check",
        ));
    };
    let mut resources = Vec::new();
    let mut facts = Vec::new();
    let mut source_map = SourceMap::default();
    for (name, service) in services {
        let address = format!("services.{name}");
        let image_text = service.get("image").and_then(Value::as_str);
        resources.push(json!({
            "address": address,
            "type": "service",
            "name": name,
            "file": rel,
            "attributes": service,
        }));
        facts.push(json!({
            "name": name,
            "address": address,
            "image_ref": image_text.map(image::parse_reference),
            "environment": environment(service),
            "volumes": volumes(service),
        }));
        source_map.resources.insert(
            address,
            doc.spans_under(rel, &["services".to_string(), name.clone()]),
        );
    }
    Ok(Parsed::file(
        Kind::Compose,
        rel,
        json!({"kind": "compose", "path": rel, "resources": resources, "services": facts}),
        source_map,
        suppressions,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sources::yaml;

    #[test]
    fn services_are_normalized() {
        let text = "services:\n  web:\n    image: nginx\n    environment:\n      - DB_PASSWORD=hunter2\n      - DEBUG\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n      - data:/data\n      - type: bind\n        source: ./src\n        target: /src\n  worker:\n    build: .\n    environment: {A: 1}\n";
        let doc = &yaml::parse(text, &|_, v| v).unwrap()[0];
        let parsed = parse("compose.yaml", doc, Vec::new()).unwrap();
        let input = &parsed.document.input;
        let web = &input["services"][0];
        assert_eq!(
            web["environment"],
            json!({"DB_PASSWORD": "hunter2", "DEBUG": null})
        );
        assert_eq!(web["volumes"][0]["source"], "/var/run/docker.sock");
        assert_eq!(web["volumes"][0]["read_only"], true);
        assert_eq!(web["volumes"][1]["type"], "volume");
        assert_eq!(web["volumes"][2]["source"], "./src");
        assert_eq!(input["services"][1]["image_ref"], Value::Null);
        assert_eq!(input["services"][1]["environment"]["A"], "1");
        let loc = parsed
            .document
            .source_map
            .locate("services.web", &["volumes".into(), "0".into()])
            .unwrap();
        assert_eq!(loc.region.start_line, 8);
        assert!(is_compose_file("docker-compose.prod.yml"));
        assert!(!is_compose_file("composer.json"));
    }
}
