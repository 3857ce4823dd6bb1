//! The Terraform functions static evaluation supports. Any other function, or any call with an
//! unknown argument, gives an unknown value; `try`, `can` and `coalesce` look past unknowns as
//! Terraform does past errors.

use super::eval::{as_bool, as_f64, number, to_text};
use crate::sources::unknown;
use serde_json::{json, Map, Value};
use std::path::Path;

/// Where a call is written: for `file()` and for the text of unknown results.
pub struct Context<'a> {
    pub module_dir: &'a Path,
    pub text: &'a str,
}

/// Largest file `file()` reads.
const MAX_FILE_FUNCTION_BYTES: u64 = 1024 * 1024;

fn is_unknown(v: &Value) -> bool {
    v.get("__unknown__").is_some()
}

fn is_error(v: &Value) -> bool {
    v.get("__error__").is_some()
}

fn deep_unknown(v: &Value) -> bool {
    match v {
        Value::Object(m) => m.contains_key("__unknown__") || m.values().any(deep_unknown),
        Value::Array(items) => items.iter().any(deep_unknown),
        _ => false,
    }
}

/// Calls function `name`.
pub fn call(name: &str, args: Vec<Value>, ctx: &Context) -> Value {
    let unknown_result = || unknown(ctx.text);
    match name {
        "try" => {
            return args
                .iter()
                .find(|a| !is_error(a))
                .cloned()
                .unwrap_or_else(unknown_result)
        }
        "can" => {
            return match args.first() {
                Some(a) if is_error(a) => json!(false),
                Some(a) if is_unknown(a) => unknown_result(),
                Some(_) => json!(true),
                None => unknown_result(),
            }
        }
        "coalesce" => {
            for a in &args {
                if is_unknown(a) {
                    return unknown_result();
                }
                if !a.is_null() && a != &json!("") {
                    return a.clone();
                }
            }
            return unknown_result();
        }
        _ => {}
    }
    // Functions that only rearrange values keep unknowns inside them; the others need every
    // part of every argument known.
    let structural = matches!(
        name,
        "merge"
            | "concat"
            | "lookup"
            | "coalescelist"
            | "tolist"
            | "toset"
            | "tomap"
            | "length"
            | "keys"
            | "element"
            | "one"
            | "flatten"
            | "compact"
            | "reverse"
            | "slice"
            | "values"
    );
    if args.iter().any(|a| {
        if structural {
            is_unknown(a)
        } else {
            deep_unknown(a)
        }
    }) {
        return unknown_result();
    }
    known_call(name, &args, ctx).unwrap_or_else(unknown_result)
}

fn string_arg(args: &[Value], i: usize) -> Option<String> {
    args.get(i).and_then(to_text)
}

fn list_arg(args: &[Value], i: usize) -> Option<&Vec<Value>> {
    args.get(i).and_then(Value::as_array)
}

fn known_call(name: &str, args: &[Value], ctx: &Context) -> Option<Value> {
    Some(match name {
        "merge" => {
            let mut out = Map::new();
            for a in args {
                match a {
                    Value::Object(m) => out.extend(m.clone()),
                    Value::Null => {}
                    _ => return None,
                }
            }
            Value::Object(out)
        }
        "concat" => {
            let mut out = Vec::new();
            for a in args {
                out.extend(a.as_array()?.iter().cloned());
            }
            Value::Array(out)
        }
        "lookup" => {
            let map = args.first()?.as_object()?;
            let key = string_arg(args, 1)?;
            match map.get(&key) {
                Some(v) => v.clone(),
                None => args.get(2)?.clone(),
            }
        }
        "coalescelist" => args
            .iter()
            .find(|a| a.as_array().is_some_and(|l| !l.is_empty()))
            .cloned()
            .unwrap_or(json!([])),
        "format" => Value::String(format(&string_arg(args, 0)?, &args[1..])?),
        "formatlist" => {
            let spec = string_arg(args, 0)?;
            let rest = &args[1..];
            let n = rest
                .iter()
                .filter_map(Value::as_array)
                .map(Vec::len)
                .max()
                .unwrap_or(1);
            let mut out = Vec::new();
            for i in 0..n {
                let row: Vec<Value> = rest
                    .iter()
                    .map(|a| match a {
                        Value::Array(l) => l.get(i).cloned().unwrap_or(Value::Null),
                        other => other.clone(),
                    })
                    .collect();
                out.push(Value::String(format(&spec, &row)?));
            }
            Value::Array(out)
        }
        "jsonencode" => Value::String(serde_json::to_string(args.first()?).ok()?),
        "jsondecode" => serde_json::from_str(&string_arg(args, 0)?).ok()?,
        "tolist" | "toset" => {
            let mut items = match args.first()? {
                Value::Array(items) => items.clone(),
                _ => return None,
            };
            if name == "toset" {
                items.sort_by_key(|v| v.to_string());
                items.dedup();
            }
            Value::Array(items)
        }
        "tomap" => Value::Object(args.first()?.as_object()?.clone()),
        "tostring" => match args.first()? {
            Value::Null => Value::Null,
            v => Value::String(to_text(v)?),
        },
        "tonumber" => match args.first()? {
            Value::Null => Value::Null,
            v => number(as_f64(v)?),
        },
        "tobool" => match args.first()? {
            Value::Null => Value::Null,
            v => Value::Bool(as_bool(v)?),
        },
        "length" => json!(match args.first()? {
            Value::Array(items) => items.len(),
            Value::Object(map) => map.len(),
            Value::String(s) => s.chars().count(),
            _ => return None,
        }),
        "lower" => json!(string_arg(args, 0)?.to_lowercase()),
        "upper" => json!(string_arg(args, 0)?.to_uppercase()),
        "trimspace" => json!(string_arg(args, 0)?.trim()),
        "trimprefix" => {
            let s = string_arg(args, 0)?;
            json!(s.strip_prefix(string_arg(args, 1)?.as_str()).unwrap_or(&s))
        }
        "trimsuffix" => {
            let s = string_arg(args, 0)?;
            json!(s.strip_suffix(string_arg(args, 1)?.as_str()).unwrap_or(&s))
        }
        "startswith" => json!(string_arg(args, 0)?.starts_with(&string_arg(args, 1)?)),
        "endswith" => json!(string_arg(args, 0)?.ends_with(&string_arg(args, 1)?)),
        "replace" => {
            let (s, from, to) = (
                string_arg(args, 0)?,
                string_arg(args, 1)?,
                string_arg(args, 2)?,
            );
            if from.starts_with('/') && from.ends_with('/') && from.len() > 1 {
                return None; // regular-expression replace
            }
            json!(s.replace(&from, &to))
        }
        "join" => {
            let sep = string_arg(args, 0)?;
            let mut parts = Vec::new();
            for list in &args[1..] {
                for item in list.as_array()? {
                    parts.push(to_text(item)?);
                }
            }
            json!(parts.join(&sep))
        }
        "split" => {
            let (sep, s) = (string_arg(args, 0)?, string_arg(args, 1)?);
            if sep.is_empty() {
                return None;
            }
            Value::Array(s.split(sep.as_str()).map(|p| json!(p)).collect())
        }
        "contains" => json!(list_arg(args, 0)?.contains(args.get(1)?)),
        "keys" => {
            let mut keys: Vec<&String> = args.first()?.as_object()?.keys().collect();
            keys.sort();
            json!(keys)
        }
        "values" => {
            let map = args.first()?.as_object()?;
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            Value::Array(
                keys.into_iter()
                    .filter_map(|k| map.get(k).cloned())
                    .collect(),
            )
        }
        "element" => {
            let list = list_arg(args, 0)?;
            let i = as_f64(args.get(1)?)? as usize;
            if list.is_empty() {
                return None;
            }
            list[i % list.len()].clone()
        }
        "one" => match list_arg(args, 0)?.as_slice() {
            [] => Value::Null,
            [x] => x.clone(),
            _ => return None,
        },
        "flatten" => {
            fn flat(v: &Value, out: &mut Vec<Value>) {
                match v {
                    Value::Array(items) => items.iter().for_each(|i| flat(i, out)),
                    other => out.push(other.clone()),
                }
            }
            let mut out = Vec::new();
            flat(args.first()?, &mut out);
            Value::Array(out)
        }
        "distinct" => {
            let mut out: Vec<Value> = Vec::new();
            for item in list_arg(args, 0)? {
                if !out.contains(item) {
                    out.push(item.clone());
                }
            }
            Value::Array(out)
        }
        "compact" => Value::Array(
            list_arg(args, 0)?
                .iter()
                .filter(|v| !v.is_null() && *v != &json!(""))
                .cloned()
                .collect(),
        ),
        "reverse" => Value::Array(list_arg(args, 0)?.iter().rev().cloned().collect()),
        "sort" => {
            let mut items: Vec<String> = list_arg(args, 0)?
                .iter()
                .map(to_text)
                .collect::<Option<_>>()?;
            items.sort();
            json!(items)
        }
        "slice" => {
            let list = list_arg(args, 0)?;
            let (a, b) = (
                as_f64(args.get(1)?)? as usize,
                as_f64(args.get(2)?)? as usize,
            );
            Value::Array(list.get(a..b)?.to_vec())
        }
        "zipmap" => {
            let (keys, values) = (list_arg(args, 0)?, list_arg(args, 1)?);
            let mut map = Map::new();
            for (k, v) in keys.iter().zip(values) {
                map.insert(to_text(k)?, v.clone());
            }
            Value::Object(map)
        }
        "range" => {
            let nums: Vec<f64> = args.iter().map(as_f64).collect::<Option<_>>()?;
            let (start, end, step) = match nums.as_slice() {
                [e] => (0.0, *e, 1.0),
                [s, e] => (*s, *e, 1.0),
                [s, e, st] => (*s, *e, *st),
                _ => return None,
            };
            if step == 0.0 || ((end - start) / step) > 10_000.0 {
                return None;
            }
            let mut out = Vec::new();
            let mut x = start;
            while (step > 0.0 && x < end) || (step < 0.0 && x > end) {
                out.push(number(x));
                x += step;
            }
            Value::Array(out)
        }
        "min" | "max" => {
            let nums: Vec<f64> = args.iter().map(as_f64).collect::<Option<_>>()?;
            let folded =
                nums.into_iter()
                    .reduce(if name == "min" { f64::min } else { f64::max })?;
            number(folded)
        }
        "abs" => number(as_f64(args.first()?)?.abs()),
        "ceil" => number(as_f64(args.first()?)?.ceil()),
        "floor" => number(as_f64(args.first()?)?.floor()),
        "file" => read_file(ctx, &string_arg(args, 0)?)?,
        _ => return None,
    })
}

/// `file(path)` relative to the module directory, refusing anything outside it or too large.
fn read_file(ctx: &Context, path: &str) -> Option<Value> {
    let rel = Path::new(path);
    if rel.is_absolute() {
        return None;
    }
    let base = ctx.module_dir.canonicalize().ok()?;
    let full = base.join(rel).canonicalize().ok()?;
    // `path.module` evaluates to the module's path relative to the scan root; accept that form.
    let full = if full.starts_with(&base) {
        full
    } else {
        return None;
    };
    let meta = std::fs::metadata(&full).ok()?;
    if !meta.is_file() || meta.len() > MAX_FILE_FUNCTION_BYTES {
        return None;
    }
    std::fs::read_to_string(full).ok().map(Value::String)
}

/// Terraform's `format` verbs: `%s %d %f %v %q %t %%`, with widths and precision ignored.
fn format(spec: &str, args: &[Value]) -> Option<String> {
    let mut out = String::new();
    let mut next = 0;
    let mut chars = spec.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut verb = chars.next()?;
        while verb.is_ascii_digit() || verb == '.' || verb == '-' || verb == '+' || verb == '#' {
            verb = chars.next()?;
        }
        if verb == '%' {
            out.push('%');
            continue;
        }
        let arg = args.get(next)?;
        next += 1;
        match verb {
            's' | 'v' | 't' => out.push_str(&to_text(arg).unwrap_or_else(|| arg.to_string())),
            'd' => out.push_str(&(as_f64(arg)?.trunc() as i64).to_string()),
            'f' | 'g' | 'e' => out.push_str(&as_f64(arg)?.to_string()),
            'q' => out.push_str(&Value::String(to_text(arg)?).to_string()),
            _ => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(name: &str, args: Value) -> Value {
        let ctx = Context {
            module_dir: Path::new("."),
            text: "f()",
        };
        call(name, args.as_array().cloned().unwrap_or_default(), &ctx)
    }

    #[test]
    fn table() {
        let u = json!({"__unknown__": "var.x"});
        let e = json!({"__unknown__": "a.b", "__error__": true});
        let cases = [
            (
                "merge",
                json!([{"a": 1}, {"b": 2}, {"a": 3}]),
                json!({"a": 3, "b": 2}),
            ),
            ("concat", json!([[1], [2, 3]]), json!([1, 2, 3])),
            ("lookup", json!([{"a": 1}, "b", 7]), json!(7)),
            ("format", json!(["%s-%d%%", "x", 4]), json!("x-4%")),
            ("jsonencode", json!([{"a": [1]}]), json!("{\"a\":[1]}")),
            ("toset", json!([["b", "a", "b"]]), json!(["a", "b"])),
            ("length", json!([{"a": 1, "b": 2}]), json!(2)),
            ("coalesce", json!([null, "", "x"]), json!("x")),
            ("try", json!([e, "fallback"]), json!("fallback")),
            ("can", json!([e]), json!(false)),
            ("join", json!(["-", ["a", "b"]]), json!("a-b")),
            ("flatten", json!([[[1], [2, [3]]]]), json!([1, 2, 3])),
            ("range", json!([3]), json!([0, 1, 2])),
        ];
        for (name, args, want) in cases {
            assert_eq!(run(name, args), want, "{name}");
        }
        assert_eq!(
            run("merge", json!([{"a": u.clone()}, {"b": 1}])),
            json!({"a": u, "b": 1})
        );
        assert!(is_unknown(&run("try", json!([u.clone(), "x"]))));
        assert!(is_unknown(&run("sha256", json!(["x"]))));
    }
}
