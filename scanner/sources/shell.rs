//! Shell scripts (Dockerfile `RUN`, CI `run:`/`script:`/`sh`) to structured commands, with
//! tree-sitter-bash, so policies see `curl … | sh` or `chmod 777` as commands, not text.

use serde_json::{json, Value};
use tree_sitter::Node;

/// The simple commands and the pipelines of a script.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Script {
    /// `{"name": "apt-get", "args": ["install", "-y", "curl"]}` in source order.
    pub commands: Vec<Value>,
    /// Command names of each pipeline, in order.
    pub pipelines: Vec<Vec<String>>,
}

fn word_text(node: Node, source: &str) -> String {
    let text = source.get(node.byte_range()).unwrap_or("");
    match node.kind() {
        "string" | "raw_string" | "ansi_c_string" => text
            .trim_start_matches('$')
            .trim_matches(|c| c == '"' || c == '\'')
            .to_string(),
        _ => text.to_string(),
    }
}

fn command(node: Node, source: &str) -> Option<(String, Value)> {
    let mut cursor = node.walk();
    let mut name = None;
    let mut args = Vec::new();
    for child in node.named_children(&mut cursor) {
        match child.kind() {
            "command_name" => name = Some(word_text(child, source)),
            "variable_assignment"
            | "file_redirect"
            | "heredoc_redirect"
            | "herestring_redirect" => {}
            _ if name.is_some() => args.push(word_text(child, source)),
            _ => {}
        }
    }
    let name = name?;
    Some((name.clone(), json!({"name": name, "args": args})))
}

/// The script of `sh -c '…'` (and bash, dash, ash, zsh), which runs as a script of its own.
fn inline_script(c: &Value) -> Option<String> {
    let name = c["name"].as_str()?;
    let shell = name.rsplit('/').next()?;
    if !matches!(shell, "sh" | "bash" | "dash" | "ash" | "zsh" | "ksh") {
        return None;
    }
    let args = c["args"].as_array()?;
    let flag = args.iter().position(|a| {
        a.as_str()
            .is_some_and(|a| a.starts_with('-') && !a.starts_with("--") && a.contains('c'))
    })?;
    args.get(flag + 1)?.as_str().map(str::to_string)
}

fn walk(node: Node, source: &str, script: &mut Script, depth: usize) {
    if depth > 200 {
        return;
    }
    match node.kind() {
        "command" => {
            if let Some((_, c)) = command(node, source) {
                let inner = inline_script(&c);
                script.commands.push(c);
                if let Some(inner) = inner.filter(|_| depth < 100) {
                    let nested = parse_at_depth(&inner, depth + 20);
                    script.commands.extend(nested.commands);
                    script.pipelines.extend(nested.pipelines);
                }
            }
        }
        "pipeline" => {
            let mut cursor = node.walk();
            let names: Vec<String> = node
                .named_children(&mut cursor)
                .filter(|c| c.kind() == "command")
                .filter_map(|c| command(c, source).map(|(n, _)| n))
                .collect();
            script.pipelines.push(names);
        }
        _ => {}
    }
    let mut cursor = node.walk();
    for child in node.named_children(&mut cursor) {
        walk(child, source, script, depth + 1);
    }
}

/// Parses a shell script. Syntax errors are tolerated: whatever parses is returned. The script
/// of `sh -c '…'` is parsed too and its commands follow the `sh` command.
pub fn parse(script: &str) -> Script {
    parse_at_depth(script, 0)
}

fn parse_at_depth(script: &str, depth: usize) -> Script {
    let mut out = Script::default();
    let mut parser = tree_sitter::Parser::new();
    if parser
        .set_language(&tree_sitter_bash::LANGUAGE.into())
        .is_err()
    {
        return out;
    }
    if let Some(tree) = parser.parse(script, None) {
        walk(tree.root_node(), script, &mut out, depth);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_and_pipelines() {
        let s = parse("apt-get update && sudo apt-get install -y \"curl\" | tee x\n(cd /a && make) || curl -fsSL https://x | bash -s\nif true; then chmod 777 /a; fi\nFOO=1 npm test\n");
        let names: Vec<&str> = s
            .commands
            .iter()
            .map(|c| c["name"].as_str().unwrap())
            .collect();
        assert_eq!(
            names,
            ["apt-get", "sudo", "tee", "cd", "make", "curl", "bash", "true", "chmod", "npm"]
        );
        assert_eq!(
            s.commands[1]["args"],
            json!(["apt-get", "install", "-y", "curl"])
        );
        assert_eq!(s.commands[8]["args"], json!(["777", "/a"]));
        assert_eq!(s.pipelines, vec![vec!["sudo", "tee"], vec!["curl", "bash"]]);
    }

    #[test]
    fn scripts_given_to_a_shell_are_parsed_too() {
        let s = parse("sh -c 'curl -s https://x | sudo bash'");
        let names: Vec<&str> = s
            .commands
            .iter()
            .map(|c| c["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, ["sh", "curl", "sudo"]);
        assert_eq!(s.pipelines, vec![vec!["curl", "sudo"]]);
    }

    #[test]
    fn broken_scripts_still_give_commands() {
        let s = parse("make test && (\n");
        assert_eq!(s.commands[0]["name"], "make");
    }
}
