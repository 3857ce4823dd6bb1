//! Inline suppressions: `tollgate:ignore=ID[,ID] reason="…"` in any comment syntax.
//!
//! A comment on its own line applies to the first line below it that is neither blank nor a
//! comment; a comment at the end of a line applies to that line. The engine matches either
//! against the span of the resource a finding is about.

use crate::model::Suppression;

const MARKER: &str = "tollgate:ignore=";

fn is_comment_line(trimmed: &str) -> bool {
    trimmed.starts_with('#')
        || trimmed.starts_with("//")
        || trimmed.starts_with("/*")
        || trimmed.starts_with('*')
}

/// `until=YYYY-MM-DD`, checked for shape (digits and dashes in the right places).
fn parse_until(rest: &str) -> Option<String> {
    let start = rest.find("until=")? + "until=".len();
    let date: String = rest[start..].chars().take(10).collect();
    let shape = date.len() == 10
        && date.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    shape.then_some(date)
}

fn parse_reason(rest: &str) -> Option<String> {
    let start = rest.find("reason=")? + "reason=".len();
    let value = &rest[start..];
    let quote = value.chars().next()?;
    if quote != '"' && quote != '\'' {
        return None;
    }
    let body = &value[1..];
    let end = body.find(quote)?;
    let reason = body[..end].trim();
    (!reason.is_empty()).then(|| reason.to_string())
}

/// A suppression written as data (a Kubernetes annotation, CloudFormation resource metadata):
/// `value` uses the comment syntax without the marker, `ID[,ID] reason="…" [until=…]`.
pub fn from_value(file: &str, line: usize, target_line: usize, value: &str) -> Option<Suppression> {
    let ids_end = value
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == ','))
        .unwrap_or(value.len());
    let rule_ids: Vec<String> = value[..ids_end]
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    (!rule_ids.is_empty()).then(|| Suppression {
        file: file.to_string(),
        line,
        target_line,
        rule_ids,
        reason: parse_reason(&value[ids_end..]),
        until: parse_until(&value[ids_end..]),
    })
}

/// Every inline suppression in one file.
pub fn inline_suppressions(file: &str, text: &str) -> Vec<Suppression> {
    if !text.contains(MARKER) {
        return Vec::new();
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(at) = line.find(MARKER) else {
            continue;
        };
        let rest = &line[at + MARKER.len()..];
        let ids_end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == ','))
            .unwrap_or(rest.len());
        let rule_ids: Vec<String> = rest[..ids_end]
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        if rule_ids.is_empty() {
            continue;
        }
        let target_line = if is_comment_line(line.trim_start()) {
            lines
                .iter()
                .enumerate()
                .skip(i + 1)
                .find(|(_, l)| {
                    let t = l.trim_start();
                    !t.is_empty() && !is_comment_line(t)
                })
                .map(|(j, _)| j + 1)
                .unwrap_or(i + 1)
        } else {
            i + 1
        };
        found.push(Suppression {
            file: file.to_string(),
            line: i + 1,
            target_line,
            rule_ids,
            reason: parse_reason(&rest[ids_end..]),
            until: parse_until(&rest[ids_end..]),
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comment_above_applies_to_next_code_line() {
        let text = "# tollgate:ignore=TG-1,TG-2 reason=\"logs bucket\"\n\n# more\nresource \"a\" \"b\" {}\n";
        let s = inline_suppressions("main.tf", text);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].rule_ids, vec!["TG-1", "TG-2"]);
        assert_eq!(s[0].reason.as_deref(), Some("logs bucket"));
        assert_eq!((s[0].line, s[0].target_line), (1, 4));
    }

    #[test]
    fn trailing_comment_applies_to_its_line_and_reason_is_optional() {
        let text = "a: 1\nb: 2 # tollgate:ignore=TG-9\n";
        let s = inline_suppressions("t.yaml", text);
        assert_eq!((s[0].line, s[0].target_line), (2, 2));
        assert_eq!(s[0].reason, None);
    }

    #[test]
    fn expiry_dates() {
        let s = inline_suppressions(
            "x",
            "# tollgate:ignore=TG-1 reason=\"r\" until=2026-01-31\nx\n",
        );
        assert_eq!(s[0].until.as_deref(), Some("2026-01-31"));
        let s = inline_suppressions("x", "# tollgate:ignore=TG-1 reason=\"r\" until=soon\nx\n");
        assert_eq!(s[0].until, None);
    }

    #[test]
    fn empty_reason_is_no_reason() {
        let s = inline_suppressions("x", "// tollgate:ignore=TG-1 reason=\"  \"\nx\n");
        assert_eq!(s[0].reason, None);
    }
}
