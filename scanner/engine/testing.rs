//! Runs Rego unit tests: every `test_*` rule in `*_test.rego` files, evaluated with regorus
//! against the policies and helpers loaded beside them.

use super::{metadata, PolicyError, PolicySource};

/// The outcome of one test rule.
#[derive(Debug, Clone, PartialEq)]
pub struct TestResult {
    /// `package.rule`, e.g. `tollgate.terraform.s3_encryption_test.test_unencrypted_fails`.
    pub name: String,
    pub path: String,
    pub passed: bool,
    /// Why it failed: `false`/undefined, or the evaluation error.
    pub detail: Option<String>,
}

fn test_rule_names(text: &str) -> Vec<String> {
    let mut names: Vec<String> = text
        .lines()
        .filter(|l| l.starts_with("test_"))
        .filter_map(|l| {
            let end = l.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))?;
            Some(l[..end].to_string())
        })
        .collect();
    names.dedup();
    names
}

/// Loads all sources (policies, helpers and tests) and runs every test rule, with the built-in
/// organization data as `data.tollgate.organization`.
pub fn run(sources: &[PolicySource]) -> Result<Vec<TestResult>, PolicyError> {
    let mut engine = regorus::Engine::new();
    let data =
        super::data::organization(Vec::new()).map_err(|e| PolicyError::Syntax(e.to_string()))?;
    engine
        .add_data(regorus::Value::from(data))
        .map_err(|e| PolicyError::Syntax(format!("data: {e}")))?;
    let mut tests = Vec::new();
    for source in sources {
        let package = engine
            .add_policy(source.path.clone(), source.text.clone())
            .map_err(|e| PolicyError::Syntax(e.to_string()))?;
        if source.is_test() {
            for rule in test_rule_names(&source.text) {
                tests.push((package.clone(), rule, source.path.clone()));
            }
        }
    }
    let mut results = Vec::new();
    // A policy whose METADATA would be rejected by `scan` fails here too.
    for source in sources
        .iter()
        .filter(|s| !s.is_test() && metadata::declares_deny(&s.text))
    {
        if let Err(e) = metadata::parse(&source.text) {
            results.push(TestResult {
                name: format!("{}:{} METADATA", source.path, e.line),
                path: source.path.clone(),
                passed: false,
                detail: Some(e.message),
            });
        }
    }
    for (package, rule, path) in tests {
        let outcome = engine.eval_rule(format!("{package}.{rule}"));
        let name = format!("{}.{rule}", package.trim_start_matches("data."));
        let (passed, detail) = match outcome {
            Ok(regorus::Value::Bool(true)) => (true, None),
            Ok(regorus::Value::Undefined) => (false, Some("undefined".to_string())),
            Ok(other) => (false, Some(format!("evaluated to {other}"))),
            Err(e) => (false, Some(e.to_string())),
        };
        results.push(TestResult {
            name,
            path,
            passed,
            detail,
        });
    }
    Ok(results)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_passes_and_failures() {
        let sources = vec![
            PolicySource {
                path: "p.rego".into(),
                text: "# METADATA\n# title: T\n# custom:\n#   id: P-1\n#   severity: low\n#   dimension: security\n#   kinds: [terraform]\npackage p\nimport rego.v1\ndeny contains \"x\" if input.bad\n".into(),
            },
            PolicySource {
                path: "p_test.rego".into(),
                text: "package p_test\nimport rego.v1\ntest_bad if {\n\tcount(data.p.deny) == 1 with input as {\"bad\": true}\n}\ntest_wrong if {\n\tcount(data.p.deny) == 1 with input as {}\n}\n".into(),
            },
        ];
        let results = run(&sources).unwrap();
        assert_eq!(results.len(), 2);
        assert!(results[0].passed, "{results:?}");
        assert!(!results[1].passed);
    }

    #[test]
    fn a_policy_without_metadata_fails() {
        let sources = vec![PolicySource {
            path: "p.rego".into(),
            text: "package p\nimport rego.v1\ndeny contains \"x\" if input.bad\n".into(),
        }];
        let results = run(&sources).unwrap();
        assert_eq!(results.len(), 1);
        assert!(!results[0].passed);
        assert!(results[0].name.contains("METADATA"));
    }
}
