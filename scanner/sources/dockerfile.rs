//! Dockerfiles to documents: stages with their base image, instructions with parsed arguments,
//! and `RUN` scripts as structured commands.
//!
//! Instruction boundaries come from tree-sitter-dockerfile-updated (it handles BuildKit heredocs
//! and line continuations, and marks what it cannot parse as ERROR nodes); arguments are then
//! split here, per instruction.

use super::lines::LineIndex;
use super::{reference as image, shell, suppress, Parsed};
use crate::model::{Diagnostic, Document, Kind, Location, ResourceSpans, SourceMap};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// True for file names Docker and Podman build from.
pub fn is_dockerfile(name: &str) -> bool {
    name == "Dockerfile"
        || name == "Containerfile"
        || name.ends_with(".Dockerfile")
        || name.ends_with(".dockerfile")
        || name.starts_with("Dockerfile.")
        || name.starts_with("Containerfile.")
}

struct Instruction {
    keyword: String,
    arguments: String,
    /// The script of a RUN: the heredoc body when there is one.
    script: Option<String>,
    exec_form: Option<Vec<String>>,
    span: std::ops::Range<usize>,
}

fn unquote(s: &str) -> String {
    let s = s.trim();
    if s.len() >= 2
        && ((s.starts_with('"') && s.ends_with('"')) || (s.starts_with('\'') && s.ends_with('\'')))
    {
        s[1..s.len() - 1].to_string()
    } else {
        s.to_string()
    }
}

/// Splits on whitespace outside quotes.
fn tokens(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut quote = None;
    for c in s.chars() {
        match (quote, c) {
            (None, '"' | '\'') => {
                quote = Some(c);
                current.push(c);
            }
            (Some(q), c) if c == q => {
                quote = None;
                current.push(c);
            }
            (None, c) if c.is_whitespace() => {
                if !current.is_empty() {
                    out.push(std::mem::take(&mut current));
                }
            }
            _ => current.push(c),
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// `A=1 B="x y"` or the legacy `A value with spaces`.
fn pairs(arguments: &str, legacy_space_form: bool) -> Map<String, Value> {
    let parts = tokens(arguments);
    let mut map = Map::new();
    if legacy_space_form && parts.first().is_some_and(|p| !p.contains('=')) {
        let mut it = arguments.trim().splitn(2, char::is_whitespace);
        let key = it.next().unwrap_or_default().to_string();
        let value = it.next().map(unquote);
        map.insert(key, value.map(Value::String).unwrap_or(Value::Null));
        return map;
    }
    for part in parts {
        match part.split_once('=') {
            Some((k, v)) => map.insert(unquote(k), Value::String(unquote(v))),
            None => map.insert(unquote(&part), Value::Null),
        };
    }
    map
}

fn collect(
    root: tree_sitter::Node,
    text: &str,
    rel: &str,
    diagnostics: &mut Vec<Diagnostic>,
    index: &LineIndex,
) -> Vec<Instruction> {
    let mut out = Vec::new();
    let mut cursor = root.walk();
    for node in root.named_children(&mut cursor) {
        let kind = node.kind();
        if kind == "ERROR" || node.is_missing() {
            let (line, column) = index.position(text, node.start_byte());
            diagnostics.push(
                Diagnostic::error("parse-error", rel, "invalid Dockerfile instruction")
                    .at(line, column),
            );
            continue;
        }
        if !kind.ends_with("_instruction") {
            continue;
        }
        let raw = text.get(node.byte_range()).unwrap_or("");
        let joined = raw.replace("\\\r\n", " ").replace("\\\n", " ");
        let (keyword, arguments) = match joined.trim().split_once(char::is_whitespace) {
            Some((k, a)) => (k.to_uppercase(), a.trim().to_string()),
            None => (joined.trim().to_uppercase(), String::new()),
        };
        let mut script = None;
        let mut exec_form = None;
        let mut inner = node.walk();
        for child in node.named_children(&mut inner) {
            match child.kind() {
                "heredoc_block" => {
                    let mut lines_cursor = child.walk();
                    let body: Vec<&str> = child
                        .named_children(&mut lines_cursor)
                        .filter(|l| l.kind() == "heredoc_line")
                        .filter_map(|l| text.get(l.byte_range()))
                        .collect();
                    script = Some(body.join("\n"));
                }
                "json_string_array" => {
                    exec_form = serde_json::from_str::<Vec<String>>(
                        text.get(child.byte_range()).unwrap_or(""),
                    )
                    .ok();
                }
                _ => {}
            }
        }
        out.push(Instruction {
            keyword,
            arguments,
            script,
            exec_form,
            span: node.byte_range(),
        });
    }
    out
}

fn instruction_value(ins: &Instruction, index: usize, line: usize) -> Value {
    let mut v = json!({
        "index": index,
        "instruction": ins.keyword,
        "arguments": ins.arguments,
        "line": line,
    });
    let args = &ins.arguments;
    match ins.keyword.as_str() {
        "RUN" => {
            let (commands, pipelines) = match (&ins.exec_form, &ins.script) {
                (Some(exec), _) => match exec.split_first() {
                    Some((name, rest)) => (vec![json!({"name": name, "args": rest})], Vec::new()),
                    None => (Vec::new(), Vec::new()),
                },
                (None, Some(body)) => {
                    let s = shell::parse(body);
                    (s.commands, s.pipelines)
                }
                (None, None) => {
                    // Flags such as --mount=… come before the script.
                    let script: String = tokens(args)
                        .into_iter()
                        .skip_while(|t| t.starts_with("--"))
                        .collect::<Vec<_>>()
                        .join(" ");
                    let s = shell::parse(&script);
                    (s.commands, s.pipelines)
                }
            };
            v["commands"] = json!(commands);
            v["pipelines"] = json!(pipelines);
        }
        "ENV" => v["pairs"] = Value::Object(pairs(args, true)),
        "ARG" | "LABEL" => v["pairs"] = Value::Object(pairs(args, false)),
        "EXPOSE" => v["ports"] = json!(tokens(args)),
        "USER" => v["user"] = json!(args.trim()),
        "HEALTHCHECK" => {
            v["none"] = json!(tokens(args)
                .first()
                .is_some_and(|t| t.eq_ignore_ascii_case("NONE")))
        }
        "ADD" | "COPY" => {
            let parts = tokens(args);
            let (flags, paths): (Vec<String>, Vec<String>) =
                parts.into_iter().partition(|p| p.starts_with("--"));
            let flags: Map<String, Value> = flags
                .iter()
                .map(|f| match f.split_once('=') {
                    Some((k, val)) => (k.to_string(), json!(val)),
                    None => (f.clone(), json!(true)),
                })
                .collect();
            let paths: Vec<String> = match serde_json::from_str::<Vec<String>>(&paths.join(" ")) {
                Ok(list) => list,
                Err(_) => paths.iter().map(|p| unquote(p)).collect(),
            };
            let (destination, sources) = match paths.split_last() {
                Some((d, s)) => (json!(d), json!(s)),
                None => (Value::Null, json!([])),
            };
            v["sources"] = sources;
            v["destination"] = destination;
            v["flags"] = Value::Object(flags);
        }
        _ => {}
    }
    v
}

fn substitute(s: &str, args: &Map<String, Value>) -> String {
    let mut out = s.to_string();
    for (k, v) in args {
        if let Some(v) = v.as_str() {
            out = out
                .replace(&format!("${{{k}}}"), v)
                .replace(&format!("${k}"), v);
        }
    }
    out
}

fn base(
    arguments: &str,
    global_args: &Map<String, Value>,
    stage_names: &[String],
) -> (Value, Option<String>) {
    let parts = tokens(arguments);
    let platform = parts
        .iter()
        .find_map(|p| p.strip_prefix("--platform="))
        .map(str::to_string);
    let rest: Vec<&String> = parts.iter().filter(|p| !p.starts_with("--")).collect();
    let image_raw = rest.first().map(|s| s.as_str()).unwrap_or("");
    let alias = match rest.as_slice() {
        [_, kw, name, ..] if kw.eq_ignore_ascii_case("as") => Some(name.to_string()),
        _ => None,
    };
    let image = substitute(image_raw, global_args);
    let is_stage = stage_names.iter().any(|n| n.eq_ignore_ascii_case(&image));
    let scratch = image == "scratch";
    let mut value = json!({
        "raw": arguments,
        "image": image,
        "registry": null, "repository": null, "tag": null, "digest": null,
        "stage": is_stage,
        "scratch": scratch,
        "platform": platform,
    });
    if !is_stage && !scratch && !image.contains('$') && !image.is_empty() {
        if let Value::Object(parts) = image::parse_reference(&image) {
            for (k, v) in parts {
                value[k] = v;
            }
        }
    }
    (value, alias)
}

/// Parses a Dockerfile into a document.
pub fn parse(rel: &str, text: &str) -> (Option<Parsed>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut parser = tree_sitter::Parser::new();
    let tree = match parser
        .set_language(&tree_sitter_dockerfile_updated::language())
        .ok()
        .and_then(|_| parser.parse(text, None))
    {
        Some(t) => t,
        None => {
            diagnostics.push(Diagnostic::error(
                "parse-error",
                rel,
                "cannot parse Dockerfile",
            ));
            return (None, diagnostics);
        }
    };
    let index = LineIndex::new(text);
    let instructions = collect(tree.root_node(), text, rel, &mut diagnostics, &index);
    if instructions.is_empty() && diagnostics.is_empty() {
        diagnostics.push(Diagnostic::warning(
            "empty-dockerfile",
            rel,
            "Dockerfile has no instructions (empty or only comments); nothing to check",
        ));
        return (None, diagnostics);
    }
    let mut global_args = Map::new();
    let mut stages: Vec<Value> = Vec::new();
    let mut stage_names: Vec<String> = Vec::new();
    let mut source_map = SourceMap::default();
    let location = |span: &std::ops::Range<usize>| Location {
        file: rel.to_string(),
        region: index.region(text, span),
    };
    let mut current: Option<(Value, ResourceSpans, usize)> = None;
    let finish = |current: &mut Option<(Value, ResourceSpans, usize)>,
                  stages: &mut Vec<Value>,
                  source_map: &mut SourceMap| {
        if let Some((stage, spans, _)) = current.take() {
            let address = stage["address"].as_str().unwrap_or_default().to_string();
            source_map.resources.insert(address, spans);
            stages.push(stage);
        }
    };
    for ins in &instructions {
        let (line, _) = index.position(text, ins.span.start);
        if ins.keyword == "FROM" {
            finish(&mut current, &mut stages, &mut source_map);
            let (base, alias) = base(&ins.arguments, &global_args, &stage_names);
            let stage_index = stages.len();
            let address = match &alias {
                Some(a) => format!("stage.{a}"),
                None => format!("stage.{stage_index}"),
            };
            stage_names.push(alias.clone().unwrap_or_default());
            let spans = ResourceSpans {
                location: Some(location(&ins.span)),
                attributes: BTreeMap::from([(vec!["base".to_string()], location(&ins.span))]),
            };
            let stage = json!({
                "index": stage_index,
                "name": alias,
                "address": address,
                "final": false,
                "base": base,
                "user": null,
                "healthcheck": null,
                "instructions": [],
            });
            current = Some((stage, spans, ins.span.start));
        }
        match current.as_mut() {
            None if ins.keyword == "ARG" => {
                global_args.extend(pairs(&ins.arguments, false));
            }
            None => diagnostics.push(
                Diagnostic::error(
                    "parse-error",
                    rel,
                    format!("{} before the first FROM", ins.keyword),
                )
                .at(line, 1),
            ),
            Some((stage, spans, start)) => {
                let list = stage["instructions"].as_array().map(Vec::len).unwrap_or(0);
                let value = instruction_value(ins, list, line);
                match ins.keyword.as_str() {
                    "USER" => stage["user"] = value["user"].clone(),
                    "HEALTHCHECK" => stage["healthcheck"] = value.clone(),
                    _ => {}
                }
                if let Some(items) = stage["instructions"].as_array_mut() {
                    items.push(value);
                }
                spans.attributes.insert(
                    vec!["instructions".to_string(), list.to_string()],
                    location(&ins.span),
                );
                spans.location = Some(location(&(*start..ins.span.end)));
            }
        }
    }
    finish(&mut current, &mut stages, &mut source_map);
    if let Some(last) = stages.last_mut() {
        last["final"] = json!(true);
    }
    if stages.is_empty() {
        diagnostics.push(Diagnostic::error(
            "parse-error",
            rel,
            "Dockerfile has no FROM instruction",
        ));
        return (None, diagnostics);
    }
    let resources: Vec<Value> = stages
        .iter()
        .map(|s| {
            json!({
                "address": s["address"],
                "type": "stage",
                "name": s["name"].as_str().map(str::to_string).unwrap_or_else(|| s["index"].to_string()),
                "file": rel,
                "attributes": s,
            })
        })
        .collect();
    let input = json!({
        "kind": "dockerfile",
        "path": rel,
        "args": global_args,
        "stages": stages,
        "resources": resources,
    });
    let document = Document {
        kind: Kind::Dockerfile,
        path: rel.to_string(),
        file: rel.to_string(),
        input,
        source_map,
        suppressions: suppress::inline_suppressions(rel, text),
    };
    (
        Some(Parsed {
            document,
            diagnostics: Vec::new(),
        }),
        diagnostics,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOCKERFILE: &str = "# syntax=docker/dockerfile:1\nARG BASE_TAG=1.22\nFROM --platform=linux/amd64 golang:${BASE_TAG} AS builder\nRUN apt-get update && \\\n    apt-get install -y curl\nRUN <<EOF\ncurl -fsSL https://x | sh\nEOF\nENV A=1 B=\"two words\"\nENV C 3\nFROM builder AS test\nRUN [\"go\", \"test\"]\nFROM gcr.io/distroless/static@sha256:abc\nCOPY --from=builder /out /app\nEXPOSE 8080\nUSER 65532\nHEALTHCHECK NONE\n";

    fn input(text: &str) -> Value {
        let (parsed, diagnostics) = parse("Dockerfile", text);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        parsed.unwrap().document.input
    }

    #[test]
    fn stages_base_images_and_instructions() {
        let d = input(DOCKERFILE);
        let stages = d["stages"].as_array().unwrap();
        assert_eq!(stages.len(), 3);
        assert_eq!(stages[0]["address"], "stage.builder");
        assert_eq!(stages[0]["base"]["tag"], "1.22");
        assert_eq!(stages[0]["base"]["platform"], "linux/amd64");
        assert_eq!(stages[1]["base"]["stage"], true);
        assert_eq!(stages[2]["address"], "stage.2");
        assert_eq!(stages[2]["final"], true);
        assert_eq!(stages[2]["base"]["digest"], "sha256:abc");
        assert_eq!(stages[2]["user"], "65532");
        assert_eq!(stages[2]["healthcheck"]["none"], true);
        let ins = stages[0]["instructions"].as_array().unwrap();
        assert_eq!(
            ins[1]["commands"][1]["args"],
            json!(["install", "-y", "curl"])
        );
        assert_eq!(ins[2]["pipelines"], json!([["curl", "sh"]]));
        assert_eq!(ins[3]["pairs"], json!({"A": "1", "B": "two words"}));
        assert_eq!(ins[4]["pairs"], json!({"C": "3"}));
        assert_eq!(stages[1]["instructions"][1]["commands"][0]["name"], "go");
        let copy = &stages[2]["instructions"][1];
        assert_eq!(copy["flags"]["--from"], "builder");
        assert_eq!(copy["destination"], "/app");
    }

    #[test]
    fn source_map_points_at_instructions() {
        let (parsed, _) = parse("Dockerfile", DOCKERFILE);
        let doc = parsed.unwrap().document;
        let at = |address: &str, path: &[&str]| {
            let path: Vec<String> = path.iter().map(|s| s.to_string()).collect();
            doc.source_map
                .locate(address, &path)
                .unwrap()
                .region
                .start_line
        };
        assert_eq!(at("stage.builder", &["instructions", "1", "commands"]), 4);
        assert_eq!(at("stage.2", &["base"]), 13);
        assert_eq!(at("stage.2", &["instructions", "3"]), 16);
    }

    #[test]
    fn empty_and_comment_only_files_are_diagnosed() {
        for text in ["", "# only a comment\n\n"] {
            let (parsed, diagnostics) = parse("Dockerfile", text);
            assert!(parsed.is_none());
            assert_eq!(diagnostics[0].code, "empty-dockerfile");
        }
        let (_, diagnostics) = parse("Dockerfile", "RUN echo hi\n");
        assert!(diagnostics
            .iter()
            .any(|d| d.message.contains("before the first FROM")));
    }

    #[test]
    fn names() {
        for name in [
            "Dockerfile",
            "Containerfile",
            "app.Dockerfile",
            "Dockerfile.prod",
        ] {
            assert!(is_dockerfile(name), "{name}");
        }
        assert!(!is_dockerfile("dockerfile.md"));
    }
}
