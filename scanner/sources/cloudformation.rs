//! CloudFormation templates (YAML with short-form tags, or JSON) to documents.
//!
//! Parameters take their defaults, Mappings, Conditions and the intrinsic functions are
//! resolved where their inputs are known; everything else becomes an unknown value, and a
//! reference to another resource keeps that resource's logical id in `__ref__`.

use super::yaml::{self, SpannedDocument};
use super::{unknown, unknown_ref, Parsed};
use crate::model::{Diagnostic, Document, Kind, ResourceSpans, SourceMap};
use serde_json::{json, Map, Value};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// Turns `!Ref x` into `{"Ref": "x"}`, `!GetAtt a.b` into `{"Fn::GetAtt": ["a", "b"]}` and
/// every other short form `!Name v` into `{"Fn::Name": v}`.
pub fn long_form(tag: &str, value: Value) -> Value {
    match tag {
        "Ref" | "Condition" => json!({ tag: value }),
        "GetAtt" => match value {
            Value::String(s) => {
                let (resource, attribute) = s.split_once('.').unwrap_or((s.as_str(), ""));
                json!({"Fn::GetAtt": [resource, attribute]})
            }
            other => json!({"Fn::GetAtt": other}),
        },
        _ => json!({ format!("Fn::{tag}"): value }),
    }
}

/// True when a parsed YAML/JSON value is a CloudFormation template.
pub fn is_template(value: &Value) -> bool {
    let Some(resources) = value.get("Resources").and_then(Value::as_object) else {
        return false;
    };
    value.get("AWSTemplateFormatVersion").is_some()
        || resources.values().any(|r| {
            r.get("Type")
                .and_then(Value::as_str)
                .is_some_and(|t| t.starts_with("AWS::") || t.starts_with("Custom::"))
        })
}

/// Cheap test on raw text before a full parse.
pub fn looks_like_template(text: &str) -> bool {
    text.contains("Resources")
        && (text.contains("AWS::") || text.contains("AWSTemplateFormatVersion"))
}

/// Parses a template. Returns `None` (quietly) when the file is not a CloudFormation template.
pub fn parse(file: &str, text: &str) -> Result<Option<Parsed>, Diagnostic> {
    let docs = yaml::parse(text, &long_form).map_err(|e| {
        Diagnostic::error(
            "parse-error",
            file,
            format!("invalid YAML/JSON: {}", e.message),
        )
        .at(e.line, e.column)
    })?;
    let Some(doc) = docs.into_iter().next() else {
        return Ok(None);
    };
    if !is_template(&doc.value) {
        return Ok(None);
    }
    Ok(Some(build(file, &doc)))
}

/// A parsed template to a document.
pub fn build(file: &str, doc: &SpannedDocument) -> Parsed {
    let template = &doc.value;
    let mut diagnostics = Vec::new();
    let parameters: Map<String, Value> = template
        .get("Parameters")
        .and_then(Value::as_object)
        .map(|params| {
            params
                .iter()
                .map(|(name, p)| {
                    let value = match p.get("Default") {
                        Some(v) if p.get("Type").and_then(Value::as_str) == Some("Number") => v
                            .as_str()
                            .and_then(|s| s.parse::<f64>().ok())
                            .and_then(serde_json::Number::from_f64)
                            .map(Value::Number)
                            .unwrap_or_else(|| v.clone()),
                        Some(v) => v.clone(),
                        None => unknown(&format!("Ref {name}")),
                    };
                    (name.clone(), value)
                })
                .collect()
        })
        .unwrap_or_default();
    let empty = Map::new();
    let resources = template
        .get("Resources")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let resolver = Resolver {
        parameters: &parameters,
        mappings: template.get("Mappings"),
        conditions: template.get("Conditions").and_then(Value::as_object),
        resources,
        condition_cache: RefCell::new(BTreeMap::new()),
        in_progress: RefCell::new(HashSet::new()),
    };

    let mut out = Vec::new();
    let mut source_map = SourceMap::default();
    let mut metadata_suppressions = Vec::new();
    for (id, resource) in resources {
        let Some(kind) = resource.get("Type").and_then(Value::as_str) else {
            diagnostics.push(Diagnostic::warning(
                "invalid-resource",
                file,
                format!("resource {id} has no Type"),
            ));
            continue;
        };
        let condition = resource.get("Condition").and_then(Value::as_str);
        if let Some(name) = condition {
            if resolver.condition(name) == Value::Bool(false) {
                continue;
            }
        }
        let mut refs = BTreeSet::new();
        let attributes = resource
            .get("Properties")
            .and_then(|p| resolver.resolve(p, &mut refs))
            .unwrap_or_else(|| json!({}));
        let mut entry = json!({
            "address": id,
            "type": kind,
            "name": id,
            "file": file,
            "attributes": attributes,
            "refs": refs,
        });
        if let Some(name) = condition {
            entry["condition"] = json!(name);
        }
        for key in ["DeletionPolicy", "UpdateReplacePolicy"] {
            if let Some(v) = resource.get(key) {
                entry[key] = v.clone();
            }
        }
        out.push(entry);
        let spans = spans_of(file, doc, id);
        // `Metadata: {tollgate: {ignore: [{id: TG-…, reason: …, until: …}]}}` on the resource.
        let start = spans
            .location
            .as_ref()
            .map(|l| l.region.start_line)
            .unwrap_or(1);
        let ignores = resource
            .pointer("/Metadata/tollgate/ignore")
            .and_then(Value::as_array);
        for (i, item) in ignores.into_iter().flatten().enumerate() {
            let path: Vec<String> = ["Resources", id.as_str(), "Metadata", "tollgate", "ignore"]
                .iter()
                .map(|s| s.to_string())
                .chain([i.to_string()])
                .collect();
            let line = doc.spans.get(&path).map(|r| r.start_line).unwrap_or(start);
            let text = format!(
                "{} reason=\"{}\"{}",
                item.get("id").and_then(Value::as_str).unwrap_or_default(),
                item.get("reason")
                    .and_then(Value::as_str)
                    .unwrap_or_default(),
                item.get("until")
                    .and_then(Value::as_str)
                    .map(|u| format!(" until={u}"))
                    .unwrap_or_default()
            );
            metadata_suppressions.extend(super::suppress::from_value(file, line, start, &text));
        }
        source_map.resources.insert(id.clone(), spans);
    }
    let conditions: Map<String, Value> = resolver
        .conditions
        .map(|c| {
            c.keys()
                .map(|name| (name.clone(), resolver.condition(name)))
                .collect()
        })
        .unwrap_or_default();
    let input = json!({
        "kind": "cloudformation",
        "path": file,
        "resources": out,
        "parameters": parameters,
        "conditions": conditions,
    });
    Parsed {
        document: Document {
            kind: Kind::Cloudformation,
            path: file.to_string(),
            file: file.to_string(),
            input,
            source_map,
            suppressions: metadata_suppressions,
        },
        diagnostics,
    }
}

fn spans_of(file: &str, doc: &SpannedDocument, id: &str) -> ResourceSpans {
    let resource = ["Resources".to_string(), id.to_string()];
    let properties = [
        resource[0].clone(),
        resource[1].clone(),
        "Properties".to_string(),
    ];
    ResourceSpans {
        location: doc.spans_under(file, &resource).location,
        attributes: doc.spans_under(file, &properties).attributes,
    }
}

const PSEUDO_PARAMETERS: &[&str] = &[
    "AWS::AccountId",
    "AWS::NotificationARNs",
    "AWS::Partition",
    "AWS::Region",
    "AWS::StackId",
    "AWS::StackName",
    "AWS::URLSuffix",
];

struct Resolver<'a> {
    parameters: &'a Map<String, Value>,
    mappings: Option<&'a Value>,
    conditions: Option<&'a Map<String, Value>>,
    resources: &'a Map<String, Value>,
    condition_cache: RefCell<BTreeMap<String, Value>>,
    in_progress: RefCell<HashSet<String>>,
}

fn is_unknown(v: &Value) -> bool {
    v.get("__unknown__").is_some()
}

impl Resolver<'_> {
    /// The value of a named condition: true, false or unknown.
    fn condition(&self, name: &str) -> Value {
        if let Some(v) = self.condition_cache.borrow().get(name) {
            return v.clone();
        }
        let Some(expr) = self.conditions.and_then(|c| c.get(name)) else {
            return unknown(&format!("Condition {name}"));
        };
        if !self.in_progress.borrow_mut().insert(name.to_string()) {
            return unknown(&format!("Condition {name}"));
        }
        let mut refs = BTreeSet::new();
        let value = match self.resolve(expr, &mut refs) {
            Some(Value::Bool(b)) => Value::Bool(b),
            Some(Value::String(s)) if s == "true" || s == "false" => Value::Bool(s == "true"),
            _ => unknown(&format!("Condition {name}")),
        };
        self.in_progress.borrow_mut().remove(name);
        self.condition_cache
            .borrow_mut()
            .insert(name.to_string(), value.clone());
        value
    }

    /// Resolves a value; `None` is `AWS::NoValue` (the property is removed).
    fn resolve(&self, value: &Value, refs: &mut BTreeSet<String>) -> Option<Value> {
        match value {
            Value::Object(map) if map.len() == 1 => {
                let (key, arg) = map.iter().next()?;
                if key == "Ref" || key == "Condition" || key.starts_with("Fn::") {
                    return self.intrinsic(key, arg, refs);
                }
                self.resolve_object(map, refs)
            }
            Value::Object(map) => self.resolve_object(map, refs),
            Value::Array(items) => Some(Value::Array(
                items.iter().filter_map(|i| self.resolve(i, refs)).collect(),
            )),
            other => Some(other.clone()),
        }
    }

    fn resolve_object(
        &self,
        map: &Map<String, Value>,
        refs: &mut BTreeSet<String>,
    ) -> Option<Value> {
        Some(Value::Object(
            map.iter()
                .filter_map(|(k, v)| self.resolve(v, refs).map(|v| (k.clone(), v)))
                .collect(),
        ))
    }

    fn resolve_list(&self, arg: &Value, refs: &mut BTreeSet<String>) -> Option<Vec<Value>> {
        match self.resolve(arg, refs)? {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    fn intrinsic(&self, name: &str, arg: &Value, refs: &mut BTreeSet<String>) -> Option<Value> {
        let text = format!("{name} {}", compact(arg));
        let unknown_value = || Some(unknown(&text));
        match name {
            "Ref" => {
                let target = arg.as_str()?;
                if target == "AWS::NoValue" {
                    return None;
                }
                if let Some(v) = self.parameters.get(target) {
                    return Some(v.clone());
                }
                if self.resources.contains_key(target) {
                    refs.insert(target.to_string());
                    return Some(unknown_ref(&text, target));
                }
                if PSEUDO_PARAMETERS.contains(&target) {
                    return unknown_value();
                }
                unknown_value()
            }
            "Condition" => Some(self.condition(arg.as_str()?)),
            "Fn::GetAtt" => {
                let target = match arg {
                    Value::Array(items) => items.first().and_then(Value::as_str),
                    Value::String(s) => s.split('.').next(),
                    _ => None,
                };
                match target {
                    Some(t) if self.resources.contains_key(t) => {
                        refs.insert(t.to_string());
                        Some(unknown_ref(&text, t))
                    }
                    _ => unknown_value(),
                }
            }
            "Fn::If" => {
                let items = arg.as_array()?;
                let (cond, yes, no) = (items.first()?.as_str()?, items.get(1)?, items.get(2)?);
                match self.condition(cond) {
                    Value::Bool(true) => self.resolve(yes, refs),
                    Value::Bool(false) => self.resolve(no, refs),
                    _ => {
                        // Either branch may be taken: keep the references of both.
                        self.resolve(yes, refs);
                        self.resolve(no, refs);
                        unknown_value()
                    }
                }
            }
            "Fn::Equals" => {
                let items = self.resolve_list(arg, refs)?;
                let (a, b) = (items.first()?, items.get(1)?);
                if is_unknown(a) || is_unknown(b) {
                    return unknown_value();
                }
                Some(Value::Bool(scalar_text(a) == scalar_text(b)))
            }
            "Fn::Not" | "Fn::And" | "Fn::Or" => {
                let items = self.resolve_list(arg, refs)?;
                let bools: Vec<Option<bool>> = items
                    .iter()
                    .map(|v| match v {
                        Value::Bool(b) => Some(*b),
                        Value::String(s) if s == "true" || s == "false" => Some(s == "true"),
                        _ => None,
                    })
                    .collect();
                let result = match name {
                    "Fn::Not" => bools.first().copied().flatten().map(|b| !b),
                    "Fn::And" if bools.contains(&Some(false)) => Some(false),
                    "Fn::Or" if bools.contains(&Some(true)) => Some(true),
                    _ if bools.iter().all(Option::is_some) => Some(name == "Fn::And"),
                    _ => None,
                };
                result.map(Value::Bool).or_else(unknown_value)
            }
            "Fn::FindInMap" => {
                let items = self.resolve_list(arg, refs)?;
                let keys: Option<Vec<String>> = items.iter().take(3).map(scalar_text).collect();
                let found = keys.and_then(|k| {
                    self.mappings?
                        .get(k.first()?)?
                        .get(k.get(1)?)?
                        .get(k.get(2)?)
                        .cloned()
                });
                match found {
                    Some(v) => self.resolve(&v, refs),
                    None => items
                        .get(3)
                        .and_then(|d| d.get("DefaultValue").cloned())
                        .or_else(|| unknown(&text).into()),
                }
            }
            "Fn::Join" => {
                let items = arg.as_array()?;
                let delimiter = scalar_text(&self.resolve(items.first()?, refs)?)?;
                let parts = self.resolve_list(items.get(1)?, refs)?;
                let texts: Option<Vec<String>> = parts
                    .iter()
                    .map(|p| if is_unknown(p) { None } else { scalar_text(p) })
                    .collect();
                texts
                    .map(|t| Value::String(t.join(&delimiter)))
                    .or_else(unknown_value)
            }
            "Fn::Select" => {
                let items = arg.as_array()?;
                let index = self.resolve(items.first()?, refs)?;
                let index = scalar_text(&index).and_then(|s| s.parse::<usize>().ok());
                let list = self.resolve_list(items.get(1)?, refs);
                match (index, list) {
                    (Some(i), Some(list)) => list.get(i).cloned().or_else(unknown_value),
                    _ => unknown_value(),
                }
            }
            "Fn::Split" => {
                let items = arg.as_array()?;
                let delimiter = scalar_text(&self.resolve(items.first()?, refs)?)?;
                match self.resolve(items.get(1)?, refs)? {
                    Value::String(s) if !delimiter.is_empty() => Some(Value::Array(
                        s.split(delimiter.as_str()).map(|p| json!(p)).collect(),
                    )),
                    _ => unknown_value(),
                }
            }
            "Fn::Sub" => self.substitute(arg, refs).or_else(unknown_value),
            "Fn::Base64" => self.resolve(arg, refs),
            "Fn::ToJsonString" => match self.resolve(arg, refs)? {
                v if contains_unknown(&v) => unknown_value(),
                v => Some(Value::String(v.to_string())),
            },
            "Fn::Length" => match self.resolve(arg, refs)? {
                Value::Array(items) => Some(json!(items.len())),
                _ => unknown_value(),
            },
            _ => {
                // Fn::GetAZs, Fn::ImportValue, Fn::Cidr, Fn::Transform …: known only at deploy time.
                self.resolve(arg, refs);
                unknown_value()
            }
        }
    }

    /// `Fn::Sub` with `${Param}`, `${Resource}`, `${Resource.Attr}`, `${!Literal}` and an
    /// optional variable map. `None` when any substituted value is unknown.
    fn substitute(&self, arg: &Value, refs: &mut BTreeSet<String>) -> Option<Value> {
        let (template, vars) = match arg {
            Value::String(s) => (s.as_str(), None),
            Value::Array(items) => (items.first()?.as_str()?, items.get(1)),
            _ => return None,
        };
        let mut out = String::new();
        let mut known = true;
        let mut rest = template;
        while let Some(start) = rest.find("${") {
            out.push_str(&rest[..start]);
            let after = &rest[start + 2..];
            let Some(end) = after.find('}') else {
                out.push_str(&rest[start..]);
                rest = "";
                break;
            };
            let name = &after[..end];
            rest = &after[end + 1..];
            if let Some(literal) = name.strip_prefix('!') {
                out.push_str("${");
                out.push_str(literal);
                out.push('}');
                continue;
            }
            let value = match vars.and_then(|v| v.get(name)) {
                Some(v) => self.resolve(v, refs),
                None if name.contains('.') => {
                    let mut parts = name.splitn(2, '.');
                    let resource = parts.next().unwrap_or_default();
                    let attribute = parts.next().unwrap_or_default();
                    self.intrinsic("Fn::GetAtt", &json!([resource, attribute]), refs)
                }
                None => self.intrinsic("Ref", &json!(name), refs),
            };
            match value
                .as_ref()
                .and_then(|v| if is_unknown(v) { None } else { scalar_text(v) })
            {
                Some(text) => out.push_str(&text),
                None => known = false,
            }
        }
        out.push_str(rest);
        known.then_some(Value::String(out))
    }
}

fn contains_unknown(v: &Value) -> bool {
    match v {
        Value::Object(m) => m.contains_key("__unknown__") || m.values().any(contains_unknown),
        Value::Array(items) => items.iter().any(contains_unknown),
        _ => false,
    }
}

fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn compact(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Value {
        parse("t.yaml", text).unwrap().unwrap().document.input
    }

    const TEMPLATE: &str = r#"
AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env: {Type: String, Default: dev}
  Retention: {Type: Number, Default: "3"}
Mappings:
  Sizes: {dev: {Class: db.t3.micro}, prod: {Class: db.r6g.large}}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  NotProd: !Not [!Condition IsProd]
Resources:
  Key:
    Type: AWS::KMS::Key
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub "${Env}-data-${AWS::Region}"
      Tags:
        - Key: env
          Value: !Sub "${Env}-x"
      KmsKey: !GetAtt Key.Arn
      Versioned: !If [IsProd, true, !Ref AWS::NoValue]
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      MultiAZ: !If [IsProd, true, false]
      DBInstanceClass: !FindInMap [Sizes, !Ref Env, Class]
      BackupRetentionPeriod: !Ref Retention
      Name: !Join ["-", [a, !Select [1, [x, y]]]]
  ProdOnly:
    Type: AWS::SNS::Topic
    Condition: IsProd
"#;

    #[test]
    fn resolves_parameters_conditions_and_mappings() {
        let d = doc(TEMPLATE);
        let resources = d["resources"].as_array().unwrap();
        let db = resources.iter().find(|r| r["address"] == "Db").unwrap();
        assert_eq!(db["attributes"]["MultiAZ"], false);
        assert_eq!(db["attributes"]["DBInstanceClass"], "db.t3.micro");
        assert_eq!(db["attributes"]["BackupRetentionPeriod"], 3.0);
        assert_eq!(db["attributes"]["Name"], "a-y");
        assert_eq!(d["conditions"]["IsProd"], false);
        assert_eq!(d["conditions"]["NotProd"], true);
        assert!(resources.iter().all(|r| r["address"] != "ProdOnly"));
    }

    #[test]
    fn unknowns_and_references_stay_marked() {
        let d = doc(TEMPLATE);
        let bucket = d["resources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["address"] == "Bucket")
            .unwrap()
            .clone();
        assert!(bucket["attributes"]["BucketName"]["__unknown__"].is_string());
        assert_eq!(bucket["attributes"]["Tags"][0]["Value"], "dev-x");
        assert_eq!(bucket["attributes"]["KmsKey"]["__ref__"], "Key");
        assert!(bucket["attributes"].get("Versioned").is_none());
        assert_eq!(bucket["refs"], json!(["Key"]));
    }

    #[test]
    fn json_templates_and_non_templates() {
        let d = doc(
            r#"{"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {"A": {"Ref": "Q2"}}}}}"#,
        );
        assert_eq!(d["resources"][0]["type"], "AWS::SQS::Queue");
        assert!(parse("p.json", r#"{"name": "package"}"#).unwrap().is_none());
    }

    #[test]
    fn source_map_points_at_properties() {
        let parsed = parse("t.yaml", TEMPLATE).unwrap().unwrap();
        let map = &parsed.document.source_map;
        let loc = map.locate("Db", &["MultiAZ".to_string()]).unwrap();
        assert_eq!(loc.region.start_line, 26);
        let missing = map.locate("Db", &["StorageEncrypted".to_string()]).unwrap();
        assert_eq!(missing.region.start_line, 23);
    }
}
