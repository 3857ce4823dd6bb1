//! Jenkins declarative pipelines (`Jenkinsfile`).
//!
//! No maintained tree-sitter grammar for Groovy builds with the tree-sitter version used here,
//! so this is a careful hand parser of the declarative subset: a tokenizer that knows Groovy
//! strings and comments, and a block parser for `name args { … }` statements. Scripted
//! pipelines (`node { … }`) and files it cannot balance are reported, not guessed at.

use super::{pipeline_value, Job, Step};
use crate::model::{Diagnostic, Kind, Location, Region, ResourceSpans, SourceMap, Suppression};
use crate::sources::{shell, Parsed};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

/// `Jenkinsfile`, `Jenkinsfile.*`, `*.jenkinsfile`, `*.Jenkinsfile`.
pub fn is_jenkinsfile(name: &str) -> bool {
    name == "Jenkinsfile"
        || name.starts_with("Jenkinsfile.")
        || name.ends_with(".jenkinsfile")
        || name.ends_with(".Jenkinsfile")
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Word(String),
    Str(String),
    Symbol(char),
    Newline,
}

fn tokenize(text: &str) -> Result<Vec<(Token, usize)>, (usize, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\n' => {
                out.push((Token::Newline, line));
                line += 1;
                i += 1;
            }
            c if c.is_whitespace() => i += 1,
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if chars.get(i + 1) == Some(&'*') => {
                i += 2;
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
                i += 2;
            }
            '\'' | '"' => {
                let start_line = line;
                let triple = chars.get(i + 1) == Some(&c) && chars.get(i + 2) == Some(&c);
                let width = if triple { 3 } else { 1 };
                i += width;
                let mut s = String::new();
                loop {
                    if i >= chars.len() {
                        return Err((start_line, "unterminated string".to_string()));
                    }
                    if chars[i] == '\\' && i + 1 < chars.len() {
                        s.push(chars[i + 1]);
                        i += 2;
                        continue;
                    }
                    let closes = if triple {
                        chars[i] == c
                            && chars.get(i + 1) == Some(&c)
                            && chars.get(i + 2) == Some(&c)
                    } else {
                        chars[i] == c
                    };
                    if closes {
                        i += width;
                        break;
                    }
                    if chars[i] == '\n' {
                        if !triple {
                            return Err((start_line, "unterminated string".to_string()));
                        }
                        line += 1;
                    }
                    s.push(chars[i]);
                    i += 1;
                }
                out.push((Token::Str(s), start_line));
            }
            c if c.is_alphanumeric() || c == '_' || c == '$' => {
                let mut w = String::new();
                while i < chars.len()
                    && (chars[i].is_alphanumeric() || matches!(chars[i], '_' | '$' | '.' | '-'))
                {
                    w.push(chars[i]);
                    i += 1;
                }
                out.push((Token::Word(w), line));
            }
            c => {
                out.push((Token::Symbol(c), line));
                i += 1;
            }
        }
    }
    Ok(out)
}

/// `name args { children }`.
#[derive(Debug, Clone)]
struct Node {
    name: String,
    args: Vec<Token>,
    line: usize,
    children: Option<Vec<Node>>,
}

impl Node {
    fn first_string(&self) -> Option<String> {
        self.args.iter().find_map(|t| match t {
            Token::Str(s) => Some(s.clone()),
            _ => None,
        })
    }

    fn args_text(&self) -> String {
        self.args
            .iter()
            .map(|t| match t {
                Token::Word(w) => w.clone(),
                Token::Str(s) => format!("'{s}'"),
                Token::Symbol(c) => c.to_string(),
                Token::Newline => " ".to_string(),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn child(&self, name: &str) -> Option<&Node> {
        self.children.as_ref()?.iter().find(|c| c.name == name)
    }
}

struct Parser {
    tokens: Vec<(Token, usize)>,
    pos: usize,
}

impl Parser {
    fn block(&mut self, depth: usize) -> Result<Vec<Node>, (usize, String)> {
        if depth > 100 {
            return Err((self.line(), "blocks nested too deeply".to_string()));
        }
        let mut nodes = Vec::new();
        while let Some((token, line)) = self.tokens.get(self.pos).cloned() {
            match token {
                Token::Newline | Token::Symbol(';') => self.pos += 1,
                Token::Symbol('}') => return Ok(nodes),
                Token::Word(name) => {
                    self.pos += 1;
                    let mut node = Node {
                        name,
                        args: Vec::new(),
                        line,
                        children: None,
                    };
                    let mut parens = 0i32;
                    while let Some((t, _)) = self.tokens.get(self.pos).cloned() {
                        match t {
                            Token::Symbol('(') | Token::Symbol('[') => parens += 1,
                            Token::Symbol(')') | Token::Symbol(']') => parens -= 1,
                            Token::Symbol('{') if parens <= 0 => {
                                self.pos += 1;
                                node.children = Some(self.block(depth + 1)?);
                                match self.tokens.get(self.pos) {
                                    Some((Token::Symbol('}'), _)) => self.pos += 1,
                                    _ => {
                                        return Err((
                                            line,
                                            format!("`{}` block is not closed", node.name),
                                        ))
                                    }
                                }
                                break;
                            }
                            Token::Symbol('}') if parens <= 0 => break,
                            Token::Symbol(';') if parens <= 0 => break,
                            Token::Newline
                                if parens <= 0
                                    && !matches!(
                                        node.args.last(),
                                        Some(Token::Symbol(',' | ':'))
                                    ) =>
                            {
                                break
                            }
                            _ => {}
                        }
                        if t != Token::Newline || parens > 0 {
                            node.args.push(t);
                        }
                        self.pos += 1;
                    }
                    nodes.push(node);
                }
                _ => self.pos += 1,
            }
        }
        Ok(nodes)
    }

    fn line(&self) -> usize {
        self.tokens.get(self.pos).map(|(_, l)| *l).unwrap_or(0)
    }
}

struct StageOut {
    name: String,
    line: usize,
    steps: Vec<(String, String, usize, Option<String>)>,
    input: Option<usize>,
    when: bool,
}

/// Steps of a `steps { }` block, flattened through wrappers such as `withCredentials`, `script`
/// and `dir`; credentials ids are collected on the way.
fn collect_steps(
    nodes: &[Node],
    out: &mut Vec<(String, String, usize, Option<String>)>,
    credentials: &mut BTreeSet<String>,
) {
    for node in nodes {
        if node.name == "withCredentials" {
            let mut after_id = false;
            for t in &node.args {
                match t {
                    Token::Word(w) if w == "credentialsId" => after_id = true,
                    Token::Str(s) if after_id => {
                        credentials.insert(s.clone());
                        after_id = false;
                    }
                    _ => {}
                }
            }
        }
        match &node.children {
            Some(children) => {
                out.push((node.name.clone(), node.args_text(), node.line, None));
                collect_steps(children, out, credentials);
            }
            None => {
                let script = matches!(node.name.as_str(), "sh" | "bat" | "pwsh" | "powershell")
                    .then(|| node.first_string())
                    .flatten();
                out.push((node.name.clone(), node.args_text(), node.line, script));
            }
        }
    }
}

/// Sequential groups of stages; stages inside `parallel` share a group.
fn walk_stages(
    nodes: &[Node],
    groups: &mut Vec<Vec<StageOut>>,
    credentials: &mut BTreeSet<String>,
) {
    for node in nodes.iter().filter(|n| n.name == "stage") {
        let name = node
            .first_string()
            .unwrap_or_else(|| format!("stage-{}", node.line));
        if let Some(parallel) = node.child("parallel") {
            let mut inner = Vec::new();
            walk_stages(
                parallel.children.as_deref().unwrap_or(&[]),
                &mut inner,
                credentials,
            );
            groups.push(inner.into_iter().flatten().collect());
            continue;
        }
        if let Some(nested) = node.child("stages") {
            walk_stages(
                nested.children.as_deref().unwrap_or(&[]),
                groups,
                credentials,
            );
            continue;
        }
        let mut steps = Vec::new();
        if let Some(block) = node.child("steps") {
            collect_steps(
                block.children.as_deref().unwrap_or(&[]),
                &mut steps,
                credentials,
            );
        }
        let input = node
            .child("input")
            .map(|n| n.line)
            .or_else(|| steps.iter().find(|s| s.0 == "input").map(|s| s.2));
        groups.push(vec![StageOut {
            name,
            line: node.line,
            steps,
            input,
            when: node.child("when").is_some(),
        }]);
    }
}

fn line_region(text_lines: &[&str], line: usize) -> Region {
    let len = text_lines
        .get(line.saturating_sub(1))
        .map(|l| l.encode_utf16().count())
        .unwrap_or(0);
    let indent = text_lines
        .get(line.saturating_sub(1))
        .map(|l| l.len() - l.trim_start().len())
        .unwrap_or(0);
    Region {
        start_line: line,
        start_column: indent + 1,
        end_line: line,
        end_column: len + 1,
    }
}

/// A Jenkinsfile to a document.
pub fn parse(rel: &str, text: &str, suppressions: Vec<Suppression>) -> Result<Parsed, Diagnostic> {
    let fail = |line: usize, message: String| {
        Diagnostic::error("parse-error", rel, message).at(line.max(1), 1)
    };
    let tokens = tokenize(text).map_err(|(line, m)| fail(line, format!("Jenkinsfile: {m}")))?;
    let mut parser = Parser { tokens, pos: 0 };
    let nodes = parser
        .block(0)
        .map_err(|(line, m)| fail(line, format!("Jenkinsfile: {m}")))?;
    if parser.pos < parser.tokens.len() {
        return Err(fail(
            parser.line(),
            "Jenkinsfile: unbalanced `}`".to_string(),
        ));
    }
    let Some(pipeline) = nodes
        .iter()
        .find(|n| n.name == "pipeline" && n.children.is_some())
    else {
        let message = if nodes.iter().any(|n| n.name == "node") {
            "Jenkinsfile is a scripted pipeline (`node { … }`); only declarative pipelines are checked"
        } else {
            "Jenkinsfile has no `pipeline { … }` block; only declarative pipelines are checked"
        };
        return Err(Diagnostic::error("unsupported-pipeline", rel, message));
    };
    let mut credentials = BTreeSet::new();
    if let Some(env) = pipeline.child("environment") {
        for var in env.children.as_deref().unwrap_or(&[]) {
            let mut after = false;
            for t in &var.args {
                match t {
                    Token::Word(w) if w == "credentials" => after = true,
                    Token::Str(s) if after => {
                        credentials.insert(s.clone());
                        after = false;
                    }
                    _ => {}
                }
            }
        }
    }
    let mut triggers: BTreeSet<String> = BTreeSet::from(["push".to_string()]);
    if let Some(t) = pipeline.child("triggers") {
        for trigger in t.children.as_deref().unwrap_or(&[]) {
            triggers.insert(trigger.name.clone());
        }
    }
    let mut groups = Vec::new();
    if let Some(stages) = pipeline.child("stages") {
        walk_stages(
            stages.children.as_deref().unwrap_or(&[]),
            &mut groups,
            &mut credentials,
        );
    }
    let text_lines: Vec<&str> = text.lines().collect();
    let location = |line: usize| Location {
        file: rel.to_string(),
        region: line_region(&text_lines, line),
    };
    let mut jobs = Vec::new();
    let mut resources = Vec::new();
    let mut jenkins_stages = Vec::new();
    let mut source_map = SourceMap::default();
    let mut done: Vec<String> = Vec::new();
    for group in &groups {
        let before = done.clone();
        for stage in group {
            let address = format!("stages.{}", stage.name);
            let steps_json: Vec<Value> = stage
                .steps
                .iter()
                .map(|(name, args, line, _)| json!({"name": name, "arguments": args, "line": line}))
                .collect();
            let attributes = json!({
                "name": stage.name,
                "steps": steps_json,
                "input": stage.input.is_some(),
                "when": stage.when,
            });
            jenkins_stages.push(attributes.clone());
            resources.push(json!({"address": address, "type": "stage", "name": stage.name, "file": rel, "attributes": attributes}));
            let mut attribute_spans = BTreeMap::new();
            for (i, (_, _, line, _)) in stage.steps.iter().enumerate() {
                attribute_spans.insert(vec!["steps".to_string(), i.to_string()], location(*line));
            }
            if let Some(line) = stage.input {
                attribute_spans.insert(vec!["input".to_string()], location(line));
            }
            source_map.resources.insert(
                address.clone(),
                ResourceSpans {
                    location: Some(location(stage.line)),
                    attributes: attribute_spans,
                },
            );
            jobs.push(Job {
                id: stage.name.clone(),
                address,
                name: stage.name.clone(),
                stage: Some(stage.name.clone()),
                needs: Vec::new(),
                before: before.clone(),
                environment: None,
                manual: stage.input.is_some(),
                approval: stage.input.is_some(),
                image: None,
                steps: stage
                    .steps
                    .iter()
                    .enumerate()
                    .map(|(i, (name, _, _, script))| Step {
                        name: Some(name.clone()),
                        path: vec![json!("steps"), json!(i)],
                        uses: None,
                        commands: script
                            .as_deref()
                            .map(|s| shell::parse(s).commands)
                            .unwrap_or_default(),
                        run: script.clone(),
                    })
                    .collect(),
            });
        }
        done.extend(group.iter().map(|s| s.name.clone()));
    }
    let agent = pipeline.child("agent").map(|a| a.args_text());
    let input = json!({
        "kind": "pipeline",
        "platform": "jenkins",
        "path": rel,
        "resources": resources,
        "pipeline": pipeline_value(rel, &triggers, &jobs),
        "jenkins": {"agent": agent, "stages": jenkins_stages, "credentials": credentials},
    });
    Ok(Parsed::file(
        Kind::Pipeline,
        rel,
        input,
        source_map,
        suppressions,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const JENKINSFILE: &str = r#"// Build and ship
pipeline {
    agent { docker { image 'maven:3.9' } }
    environment {
        REGISTRY_TOKEN = credentials('registry-token')
    }
    triggers { cron('H 2 * * *') }
    stages {
        stage('Build') {
            steps {
                sh 'mvn -B package'
            }
        }
        stage('Checks') {
            parallel {
                stage('Unit') { steps { sh "mvn test" } }
                stage('Scan') { steps { sh 'trivy fs .' } }
            }
        }
        stage('Deploy') {
            when { branch 'main' }
            steps {
                input message: 'Ship it?',
                      ok: 'Ship'
                withCredentials([string(credentialsId: 'kube', variable: 'KUBECONFIG')]) {
                    sh '''
                        kubectl apply -f k8s/
                    '''
                }
            }
        }
    }
}
"#;

    #[test]
    fn declarative_pipeline() {
        let d = parse("Jenkinsfile", JENKINSFILE, Vec::new())
            .unwrap()
            .document;
        let jobs = d.input["pipeline"]["jobs"].as_array().unwrap();
        let ids: Vec<&str> = jobs.iter().map(|j| j["id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["Build", "Unit", "Scan", "Deploy"]);
        assert_eq!(jobs[1]["activities"]["test"], true);
        assert_eq!(jobs[1]["before"], json!(["Build"]));
        let deploy = &jobs[3];
        assert_eq!(deploy["before"], json!(["Build", "Unit", "Scan"]));
        assert_eq!(deploy["approval"], true);
        assert_eq!(deploy["activities"]["deploy"], true);
        assert_eq!(
            d.input["jenkins"]["credentials"],
            json!(["kube", "registry-token"])
        );
        assert_eq!(d.input["pipeline"]["triggers"], json!(["cron", "push"]));
        let loc = d
            .source_map
            .locate("stages.Deploy", &["input".into()])
            .unwrap();
        assert_eq!(loc.region.start_line, 23);
    }

    #[test]
    fn unsupported_and_broken_files_are_diagnosed() {
        let scripted = parse("Jenkinsfile", "node {\n  sh 'make'\n}\n", Vec::new()).unwrap_err();
        assert!(scripted.message.contains("scripted pipeline"));
        let broken = parse("Jenkinsfile", "pipeline {\n  stages {\n", Vec::new()).unwrap_err();
        assert!(broken.message.contains("not closed"), "{}", broken.message);
        let unterminated = parse("Jenkinsfile", "pipeline { sh 'oops }\n", Vec::new()).unwrap_err();
        assert!(unterminated.message.contains("unterminated"));
    }
}
