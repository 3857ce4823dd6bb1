//! Terraform plan JSON (`terraform show -json plan.out`): resources from `planned_values` with
//! values the plan knows, unknown where `after_unknown` says so, as a `terraform` document so
//! the Terraform policies apply unchanged. Findings point at the resource's block in the `.tf`
//! source when the module directory is in the scanned tree, else at the plan file.

use super::terraform::locate_blocks;
use super::{unknown, unknown_ref, Parsed};
use crate::model::{Document, Kind, Location, ResourceSpans, SourceMap, Suppression};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// True for the JSON form of a plan.
pub fn is_plan(value: &Value) -> bool {
    value.get("format_version").is_some() && value.get("planned_values").is_some()
}

fn walk_modules<'a>(module: &'a Value, out: &mut Vec<&'a Value>, depth: usize) {
    if depth > 32 {
        return;
    }
    if let Some(resources) = module.get("resources").and_then(Value::as_array) {
        out.extend(resources.iter());
    }
    if let Some(children) = module.get("child_modules").and_then(Value::as_array) {
        for child in children {
            walk_modules(child, out, depth + 1);
        }
    }
}

/// Marks the values `after_unknown` flags as unknown.
fn apply_unknown(value: &mut Value, after_unknown: &Value, text: &str) {
    match (value, after_unknown) {
        (Value::Object(values), Value::Object(flags)) => {
            for (key, flag) in flags {
                let label = format!("{text}.{key}");
                match flag {
                    Value::Bool(true) => {
                        values.insert(key.clone(), unknown(&label));
                    }
                    Value::Bool(false) => {}
                    nested => {
                        let entry = values.entry(key.clone()).or_insert(Value::Null);
                        apply_unknown(entry, nested, &label);
                    }
                }
            }
        }
        (Value::Array(items), Value::Array(flags)) => {
            for (i, (item, flag)) in items.iter_mut().zip(flags).enumerate() {
                let label = format!("{text}[{i}]");
                if flag == &Value::Bool(true) {
                    *item = unknown(&label);
                } else {
                    apply_unknown(item, flag, &label);
                }
            }
        }
        _ => {}
    }
}

/// Resource addresses referenced by each configuration resource's attributes:
/// config address → attribute → referenced resource addresses.
type ConfigRefs = BTreeMap<String, BTreeMap<String, Vec<String>>>;

fn strip_to_resource(reference: &str) -> Option<String> {
    let parts: Vec<&str> = reference.split('.').collect();
    let (offset, min) = match parts.first() {
        Some(&"data") => (1, 3),
        Some(&"var" | &"local" | &"each" | &"count" | &"path" | &"module" | &"self") => {
            return None
        }
        _ => (0, 2),
    };
    (parts.len() >= min).then(|| {
        let resource = parts[..offset + 2].join(".");
        resource.split('[').next().unwrap_or(&resource).to_string()
    })
}

fn collect_references(expr: &Value, out: &mut BTreeSet<String>) {
    match expr {
        Value::Object(m) => {
            if let Some(refs) = m.get("references").and_then(Value::as_array) {
                out.extend(
                    refs.iter()
                        .filter_map(Value::as_str)
                        .filter_map(strip_to_resource),
                );
            }
            for v in m.values() {
                collect_references(v, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|i| collect_references(i, out)),
        _ => {}
    }
}

fn config_refs(module: &Value, prefix: &str, out: &mut ConfigRefs, depth: usize) {
    if depth > 32 {
        return;
    }
    for r in module
        .get("resources")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let Some(address) = r.get("address").and_then(Value::as_str) else {
            continue;
        };
        let mut attributes = BTreeMap::new();
        for (attr, expr) in r
            .get("expressions")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let mut refs = BTreeSet::new();
            collect_references(expr, &mut refs);
            attributes.insert(
                attr.clone(),
                refs.into_iter().map(|a| format!("{prefix}{a}")).collect(),
            );
        }
        out.insert(format!("{prefix}{address}"), attributes);
    }
    for (name, call) in module
        .get("module_calls")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        if let Some(child) = call.get("module") {
            config_refs(child, &format!("{prefix}module.{name}."), out, depth + 1);
        }
    }
}

/// The directory (relative to the scan root) holding each module's source, by module path.
fn module_dirs(
    module: &Value,
    dir: &str,
    prefix: &str,
    out: &mut BTreeMap<String, String>,
    depth: usize,
) {
    out.insert(prefix.trim_end_matches('.').to_string(), dir.to_string());
    if depth > 32 {
        return;
    }
    for (name, call) in module
        .get("module_calls")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let source = call.get("source").and_then(Value::as_str).unwrap_or("");
        if super::terraform::is_local_source(source) {
            if let Some(child_dir) = super::terraform::join_relative(dir, source) {
                if let Some(child) = call.get("module") {
                    module_dirs(
                        child,
                        &child_dir,
                        &format!("{prefix}module.{name}."),
                        out,
                        depth + 1,
                    );
                }
            }
        }
    }
}

fn config_address(address: &str) -> String {
    // module.a["x"].aws_s3_bucket.b[0] → module.a.aws_s3_bucket.b
    let mut out = String::new();
    let mut depth = 0;
    for c in address.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Parses a plan; `root` is the scan root, used to find the `.tf` sources.
pub fn parse(
    root: &Path,
    rel: &str,
    text: &str,
    plan: &Value,
    suppressions: Vec<Suppression>,
) -> Parsed {
    let plan_dir = rel.rsplit_once('/').map(|(d, _)| d).unwrap_or(".");
    let mut resources_raw = Vec::new();
    if let Some(module) = plan.pointer("/planned_values/root_module") {
        walk_modules(module, &mut resources_raw, 0);
    }
    let changes: BTreeMap<&str, &Value> = plan
        .get("resource_changes")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|c| Some((c.get("address")?.as_str()?, c)))
        .collect();
    let mut refs_by_config = ConfigRefs::new();
    let mut dirs = BTreeMap::new();
    if let Some(module) = plan.pointer("/configuration/root_module") {
        config_refs(module, "", &mut refs_by_config, 0);
        module_dirs(module, plan_dir, "", &mut dirs, 0);
    }
    let mut blocks_by_dir = BTreeMap::new();
    let mut out = Vec::new();
    let mut source_map = SourceMap::default();
    let lines: Vec<&str> = text.lines().collect();
    for r in resources_raw {
        let Some(address) = r.get("address").and_then(Value::as_str) else {
            continue;
        };
        let resource_type = r.get("type").and_then(Value::as_str).unwrap_or_default();
        let name = r.get("name").and_then(Value::as_str).unwrap_or_default();
        let mode = r.get("mode").and_then(Value::as_str).unwrap_or("managed");
        let module = address
            .rfind(&format!(
                "{}{resource_type}.{name}",
                if mode == "data" { "data." } else { "" }
            ))
            .map(|i| address[..i].trim_end_matches('.').to_string())
            .unwrap_or_default();
        let mut attributes = r.get("values").cloned().unwrap_or_else(|| json!({}));
        if let Some(after_unknown) = changes
            .get(address)
            .and_then(|c| c.pointer("/change/after_unknown"))
        {
            apply_unknown(&mut attributes, after_unknown, address);
        }
        let config = config_address(address);
        let attr_refs = refs_by_config.get(&config).cloned().unwrap_or_default();
        let mut refs = BTreeSet::new();
        if let Value::Object(values) = &mut attributes {
            for (attr, targets) in &attr_refs {
                refs.extend(targets.iter().cloned());
                if let (Some(v), Some(target)) = (values.get_mut(attr), targets.first()) {
                    if v.get("__unknown__").is_some() {
                        let label = v["__unknown__"].as_str().unwrap_or_default().to_string();
                        *v = unknown_ref(&label, target);
                    }
                }
            }
        }
        refs.remove(&config);
        // Find the block in the module's .tf sources, else the plan entry.
        let dir = dirs.get(&module).cloned();
        let spans = dir
            .as_ref()
            .and_then(|d| {
                blocks_by_dir
                    .entry(d.clone())
                    .or_insert_with(|| locate_blocks(root, d))
                    .get(&(
                        mode.to_string(),
                        resource_type.to_string(),
                        name.to_string(),
                    ))
                    .cloned()
            })
            .unwrap_or_else(|| {
                let needle = format!("\"address\": \"{}\"", address.replace('"', "\\\""));
                let compact = format!("\"address\":\"{}\"", address.replace('"', "\\\""));
                let line = lines
                    .iter()
                    .position(|l| l.contains(&needle) || l.contains(&compact))
                    .map(|i| i + 1)
                    .unwrap_or(1);
                ResourceSpans {
                    location: Some(Location::line(rel, line)),
                    attributes: BTreeMap::new(),
                }
            });
        let file = spans
            .location
            .as_ref()
            .map(|l| l.file.clone())
            .unwrap_or_else(|| rel.to_string());
        source_map.resources.insert(address.to_string(), spans);
        out.push(json!({
            "address": address,
            "type": resource_type,
            "name": name,
            "mode": mode,
            "module": module,
            "file": file,
            "attributes": attributes,
            "refs": refs,
        }));
    }
    let variables: Map<String, Value> = plan
        .get("variables")
        .and_then(Value::as_object)
        .map(|v| {
            v.iter()
                .map(|(k, v)| (k.clone(), v.get("value").cloned().unwrap_or(Value::Null)))
                .collect()
        })
        .unwrap_or_default();
    Parsed {
        document: Document {
            kind: Kind::Terraform,
            path: rel.to_string(),
            file: rel.to_string(),
            input: json!({
                "kind": "terraform",
                "source": "plan",
                "path": rel,
                "resources": out,
                "variables": variables,
                "module_calls": [],
            }),
            source_map,
            suppressions,
        },
        diagnostics: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_resources_unknowns_and_sources() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("infra")).unwrap();
        std::fs::write(
            dir.path().join("infra/main.tf"),
            "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n}\n\nresource \"aws_s3_bucket_public_access_block\" \"p\" {\n  bucket = aws_s3_bucket.b.id\n}\n",
        )
        .unwrap();
        let plan = json!({
            "format_version": "1.2",
            "planned_values": {"root_module": {"resources": [
                {"address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "name": "b", "values": {"bucket": "x", "versioning": [{"enabled": false}]}},
                {"address": "aws_s3_bucket_public_access_block.p", "mode": "managed", "type": "aws_s3_bucket_public_access_block", "name": "p", "values": {"block_public_acls": true}}
            ]}},
            "resource_changes": [
                {"address": "aws_s3_bucket_public_access_block.p", "change": {"after_unknown": {"bucket": true}}}
            ],
            "configuration": {"root_module": {"resources": [
                {"address": "aws_s3_bucket_public_access_block.p", "expressions": {"bucket": {"references": ["aws_s3_bucket.b.id", "aws_s3_bucket.b"]}}}
            ]}}
        });
        let text = serde_json::to_string_pretty(&plan).unwrap();
        let parsed = parse(dir.path(), "infra/plan.json", &text, &plan, Vec::new());
        let input = &parsed.document.input;
        assert_eq!(input["kind"], "terraform");
        let pab = &input["resources"][1];
        assert_eq!(pab["attributes"]["bucket"]["__ref__"], "aws_s3_bucket.b");
        assert_eq!(pab["refs"], json!(["aws_s3_bucket.b"]));
        let loc = parsed
            .document
            .source_map
            .locate("aws_s3_bucket_public_access_block.p", &["bucket".into()])
            .unwrap();
        assert_eq!(
            (loc.file.as_str(), loc.region.start_line),
            ("infra/main.tf", 6)
        );
        assert_eq!(input["resources"][0]["file"], "infra/main.tf");
    }
}
