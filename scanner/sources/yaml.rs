//! YAML (and JSON, a subset of YAML 1.2) to JSON values with a span for every node.
//!
//! saphyr's `MarkedYaml` keeps local tags such as CloudFormation's `!Ref` and spans for every
//! node, and bounds alias expansion, so a "billion laughs" document fails instead of exhausting
//! memory.

use crate::model::{Location, Region, ResourceSpans};
use saphyr::{LoadableYamlNode, MarkedYaml, Scalar, YamlData};
use serde_json::{Map, Number, Value};
use std::collections::BTreeMap;

/// A path into a JSON value, as strings (object keys and array indices).
pub type Path = Vec<String>;

/// One YAML document as JSON plus the region of every node.
#[derive(Debug, Clone)]
pub struct SpannedDocument {
    pub value: Value,
    pub spans: BTreeMap<Path, Region>,
    /// From the first top-level key to the end of the last top-level value.
    pub root: Region,
}

impl SpannedDocument {
    /// The spans of everything below `prefix`, with paths relative to it; the location of the
    /// prefix node itself is the resource's location.
    pub fn spans_under(&self, file: &str, prefix: &[String]) -> ResourceSpans {
        let location = |region: Region| Location {
            file: file.to_string(),
            region,
        };
        ResourceSpans {
            location: self.spans.get(prefix).copied().map(location),
            attributes: self
                .spans
                .range(prefix.to_vec()..)
                .take_while(|(p, _)| p.starts_with(prefix))
                .filter(|(p, _)| p.len() > prefix.len())
                .map(|(p, r)| (p[prefix.len()..].to_vec(), location(*r)))
                .collect(),
        }
    }
}

/// A YAML syntax error with its position.
#[derive(Debug, Clone)]
pub struct YamlError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Parses every document of a YAML stream. `tag` turns a tagged node into JSON
/// (for example `!Ref x` into `{"Ref": "x"}`).
pub fn parse(
    text: &str,
    tag: &dyn Fn(&str, Value) -> Value,
) -> Result<Vec<SpannedDocument>, YamlError> {
    let docs = MarkedYaml::load_from_str(text).map_err(|e| YamlError {
        line: e.marker().line(),
        column: e.marker().col() + 1,
        message: e.info().to_string(),
    })?;
    Ok(docs
        .iter()
        .map(|doc| {
            let mut spans = BTreeMap::new();
            let mut path = Vec::new();
            let value = convert(doc, &mut path, &mut spans, tag);
            let top = spans.iter().filter(|(p, _)| p.len() == 1).map(|(_, r)| *r);
            let root = top
                .clone()
                .min_by_key(|r| (r.start_line, r.start_column))
                .map(|first| {
                    let last = top
                        .max_by_key(|r| (r.end_line, r.end_column))
                        .unwrap_or(first);
                    Region {
                        start_line: first.start_line,
                        start_column: first.start_column,
                        end_line: last.end_line,
                        end_column: last.end_column,
                    }
                })
                .unwrap_or_else(|| region(doc));
            SpannedDocument { value, spans, root }
        })
        .collect())
}

fn region(node: &MarkedYaml) -> Region {
    region_between(node, node)
}

fn region_between(first: &MarkedYaml, last: &MarkedYaml) -> Region {
    let start = first.span.start;
    let mut end = last.span.end;
    // Block scalars and collections may end at the start of the next line.
    if end.line() < start.line() || (end.line() == start.line() && end.col() < start.col()) {
        end = start;
    }
    Region {
        start_line: start.line(),
        start_column: start.col() + 1,
        end_line: end.line(),
        end_column: end.col() + 1,
    }
}

fn scalar(s: &Scalar) -> Value {
    match s {
        Scalar::Null => Value::Null,
        Scalar::Boolean(b) => Value::Bool(*b),
        Scalar::Integer(i) => Value::Number((*i).into()),
        Scalar::FloatingPoint(f) => Number::from_f64(f.into_inner())
            .map(Value::Number)
            .unwrap_or(Value::Null),
        Scalar::String(s) => Value::String(s.to_string()),
    }
}

fn key_string(node: &MarkedYaml) -> String {
    match &node.data {
        YamlData::Value(Scalar::String(s)) => s.to_string(),
        YamlData::Value(s) => match scalar(s) {
            Value::String(s) => s,
            other => other.to_string(),
        },
        YamlData::Representation(s, _, _) => s.to_string(),
        _ => String::new(),
    }
}

fn convert(
    node: &MarkedYaml,
    path: &mut Path,
    spans: &mut BTreeMap<Path, Region>,
    tag: &dyn Fn(&str, Value) -> Value,
) -> Value {
    match &node.data {
        YamlData::Value(s) => scalar(s),
        YamlData::Representation(s, _, _) => Value::String(s.to_string()),
        YamlData::Sequence(items) => Value::Array(
            items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    path.push(i.to_string());
                    spans.insert(path.clone(), region(item));
                    let v = convert(item, path, spans, tag);
                    path.pop();
                    v
                })
                .collect(),
        ),
        YamlData::Mapping(entries) => {
            let mut map = Map::new();
            for (k, v) in entries {
                let key = key_string(k);
                path.push(key.clone());
                spans.insert(path.clone(), region_between(k, v));
                let value = convert(v, path, spans, tag);
                path.pop();
                map.insert(key, value);
            }
            Value::Object(map)
        }
        YamlData::Tagged(t, inner) => {
            let value = convert(inner, path, spans, tag);
            if t.handle == "!" {
                tag(&t.suffix, value)
            } else {
                value
            }
        }
        _ => Value::Null,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(_: &str, v: Value) -> Value {
        v
    }

    #[test]
    fn spans_point_at_keys_and_items() {
        let docs = parse("a:\n  b: 1\n  c:\n    - x\n    - y\n", &plain).unwrap();
        let doc = &docs[0];
        assert_eq!(doc.value["a"]["c"][1], "y");
        let b = doc.spans[&vec!["a".to_string(), "b".to_string()]];
        assert_eq!((b.start_line, b.start_column), (2, 3));
        let y = doc.spans[&vec!["a".into(), "c".into(), "1".into()]];
        assert_eq!(y.start_line, 5);
    }

    #[test]
    fn tags_are_passed_to_the_hook() {
        let hook = |t: &str, v: Value| serde_json::json!({ t: v });
        let docs = parse("x: !Ref Foo\n", &hook).unwrap();
        assert_eq!(docs[0].value["x"]["Ref"], "Foo");
    }

    #[test]
    fn alias_bombs_fail_instead_of_expanding() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let prev = format!("*a{}", i - 1);
            let items = vec![prev; 10].join(", ");
            text.push_str(&format!("a{i}: &a{i} [{items}]\n"));
        }
        assert!(parse(&text, &plain).is_err());
    }

    #[test]
    fn syntax_errors_have_positions() {
        let err = parse("a: [1, 2\nb: c\n", &plain).unwrap_err();
        assert!(err.line >= 1);
    }
}
