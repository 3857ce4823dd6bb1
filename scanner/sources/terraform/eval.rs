//! Static evaluation of a Terraform module: variables, tfvars, locals, expressions, functions,
//! `count`/`for_each`, `dynamic` blocks, references between resources and local child modules.
//!
//! Whatever cannot be known before `terraform plan` (a variable without a value, a data source,
//! an attribute the provider computes) becomes an unknown marker, never a guess.

use super::functions;
use super::{is_local_source, join_relative, ModuleDir, ResourceOut, SourceFile};
use crate::model::{Diagnostic, Location, ResourceSpans};
use crate::sources::{unknown, unknown_ref};
use hcl_edit::expr::{BinaryOperator, Expression, ObjectKey, TraversalOperator, UnaryOperator};
use hcl_edit::structure::{Block, Body, Structure};
use hcl_edit::template::{Directive, Element, Template};
use hcl_edit::Span;
use serde_json::{json, Map, Number, Value};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::rc::Rc;

const MAX_MODULE_DEPTH: usize = 16;
const MAX_EVAL_DEPTH: usize = 200;
/// More instances than this from one `count`/`for_each` are not expanded.
const MAX_INSTANCES: usize = 1_000;
const ADDRESS_KEY: &str = "__address__";

/// What evaluating a root module produced.
pub struct RootResult {
    pub resources: Vec<ResourceOut>,
    pub variables: Map<String, Value>,
    pub module_calls: Vec<Value>,
    pub diagnostics: Vec<Diagnostic>,
    /// Files of the root and of every child module evaluated.
    pub files: BTreeSet<String>,
}

pub fn evaluate_root(dir: &ModuleDir, all: &BTreeMap<String, ModuleDir>) -> RootResult {
    let ctx = Ctx {
        all,
        diagnostics: RefCell::new(Vec::new()),
        files: RefCell::new(BTreeSet::new()),
        module_calls: RefCell::new(Vec::new()),
    };
    let defaults = Instance::new(&ctx, dir, String::new(), Map::new(), 0).default_variables();
    let mut vars = defaults;
    {
        let probe = Instance::new(&ctx, dir, String::new(), vars.clone(), 0);
        for file in &dir.tfvars {
            let mut scope = Scope::new(&file.text);
            for attr in file.body.attributes() {
                let value = probe.eval(&attr.value, &mut scope, &mut BTreeSet::new());
                vars.insert(attr.key.value().as_str().to_string(), value);
            }
        }
    }
    let root = Instance::new(&ctx, dir, String::new(), vars, 0);
    let (resources, _) = root.run();
    let variables = root.vars.clone();
    drop(root);
    RootResult {
        resources,
        variables,
        module_calls: ctx.module_calls.into_inner(),
        diagnostics: ctx.diagnostics.into_inner(),
        files: ctx.files.into_inner(),
    }
}

struct Ctx<'a> {
    all: &'a BTreeMap<String, ModuleDir>,
    diagnostics: RefCell<Vec<Diagnostic>>,
    files: RefCell<BTreeSet<String>>,
    module_calls: RefCell<Vec<Value>>,
}

struct Decl<'a> {
    mode: &'static str,
    resource_type: String,
    name: String,
    block: &'a Block,
    file: &'a SourceFile,
}

impl Decl<'_> {
    fn local_address(&self) -> String {
        if self.mode == "data" {
            format!("data.{}.{}", self.resource_type, self.name)
        } else {
            format!("{}.{}", self.resource_type, self.name)
        }
    }
}

/// A module's declarations, indexed by name.
struct Module<'a> {
    dir: &'a ModuleDir,
    variables: Vec<(String, &'a Block, &'a SourceFile)>,
    locals: HashMap<String, (&'a Expression, &'a SourceFile)>,
    decls: Vec<Decl<'a>>,
    decl_index: HashMap<String, usize>,
    calls: Vec<(String, &'a Block, &'a SourceFile)>,
    outputs: Vec<(String, &'a Expression, &'a SourceFile)>,
}

impl<'a> Module<'a> {
    fn new(dir: &'a ModuleDir) -> Self {
        let mut module = Module {
            dir,
            variables: Vec::new(),
            locals: HashMap::new(),
            decls: Vec::new(),
            decl_index: HashMap::new(),
            calls: Vec::new(),
            outputs: Vec::new(),
        };
        for file in &dir.files {
            for block in file.body.blocks() {
                let labels: Vec<&str> = block.labels.iter().map(|l| l.as_str()).collect();
                match (block.ident.value().as_str(), labels.as_slice()) {
                    ("variable", [name]) => module.variables.push((name.to_string(), block, file)),
                    ("locals", []) => {
                        for attr in block.body.attributes() {
                            module
                                .locals
                                .insert(attr.key.value().as_str().to_string(), (&attr.value, file));
                        }
                    }
                    (mode @ ("resource" | "data"), [resource_type, name]) => {
                        let decl = Decl {
                            mode: if mode == "data" { "data" } else { "managed" },
                            resource_type: resource_type.to_string(),
                            name: name.to_string(),
                            block,
                            file,
                        };
                        module
                            .decl_index
                            .insert(decl.local_address(), module.decls.len());
                        module.decls.push(decl);
                    }
                    ("module", [name]) => module.calls.push((name.to_string(), block, file)),
                    ("output", [name]) => {
                        if let Some(attr) = block.body.get_attribute("value") {
                            module.outputs.push((name.to_string(), &attr.value, file));
                        }
                    }
                    _ => {}
                }
            }
        }
        module
    }
}

/// Names bound while evaluating: `count`, `each`, for-expression and dynamic-block iterators.
struct Scope<'t> {
    text: &'t str,
    bindings: Vec<(String, Value)>,
    depth: usize,
}

impl<'t> Scope<'t> {
    fn new(text: &'t str) -> Self {
        Scope {
            text,
            bindings: Vec::new(),
            depth: 0,
        }
    }

    fn lookup(&self, name: &str) -> Option<&Value> {
        self.bindings
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
    }
}

/// How a block with `count`/`for_each` expands.
enum Expansion {
    Single,
    /// Instance keys (numbers for `count`, strings for `for_each`) with their bindings.
    Many(Vec<(Value, (String, Value))>),
    Unknown,
}

struct DeclResult {
    value: Value,
    instances: Vec<ResourceOut>,
}

struct ChildResult {
    outputs: Value,
    resources: Vec<ResourceOut>,
}

struct Instance<'a> {
    ctx: &'a Ctx<'a>,
    module: Module<'a>,
    prefix: String,
    vars: Map<String, Value>,
    depth: usize,
    locals: RefCell<HashMap<String, Value>>,
    busy: RefCell<HashSet<String>>,
    decls: RefCell<HashMap<usize, Rc<DeclResult>>>,
    children: RefCell<HashMap<usize, Rc<ChildResult>>>,
}

fn text_of<'t>(scope: &Scope<'t>, span: Option<std::ops::Range<usize>>) -> &'t str {
    span.and_then(|r| scope.text.get(r))
        .unwrap_or("<expression>")
}

fn is_unknown(v: &Value) -> bool {
    v.get("__unknown__").is_some()
}

fn error_value(text: &str) -> Value {
    json!({"__unknown__": text, "__error__": true})
}

fn instance_key(key: &Value) -> String {
    match key {
        Value::String(s) => format!("[{}]", Value::String(s.clone())),
        other => format!("[{other}]"),
    }
}

/// Removes the internal address keys from a value that is about to be stored.
fn strip_addresses(v: &mut Value) {
    match v {
        Value::Object(map) => {
            map.remove(ADDRESS_KEY);
            map.values_mut().for_each(strip_addresses);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_addresses),
        _ => {}
    }
}

pub(super) fn as_bool(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::String(s) if s == "true" => Some(true),
        Value::String(s) if s == "false" => Some(false),
        _ => None,
    }
}

pub(super) fn as_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

pub(super) fn number(f: f64) -> Value {
    if f.fract() == 0.0 && f.abs() < 9.0e15 {
        json!(f as i64)
    } else {
        Number::from_f64(f)
            .map(Value::Number)
            .unwrap_or(Value::Null)
    }
}

/// The string form HCL uses in templates; `None` for values that have none.
pub(super) fn to_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

impl<'a> Instance<'a> {
    fn new(
        ctx: &'a Ctx<'a>,
        dir: &'a ModuleDir,
        prefix: String,
        vars: Map<String, Value>,
        depth: usize,
    ) -> Self {
        ctx.files
            .borrow_mut()
            .extend(dir.files.iter().map(|f| f.rel.clone()));
        Instance {
            ctx,
            module: Module::new(dir),
            prefix,
            vars,
            depth,
            locals: RefCell::new(HashMap::new()),
            busy: RefCell::new(HashSet::new()),
            decls: RefCell::new(HashMap::new()),
            children: RefCell::new(HashMap::new()),
        }
    }

    /// Variable defaults; variables without one are unknown.
    fn default_variables(&self) -> Map<String, Value> {
        self.module
            .variables
            .iter()
            .map(|(name, block, file)| {
                let value = match block.body.get_attribute("default") {
                    Some(attr) => self.eval(
                        &attr.value,
                        &mut Scope::new(&file.text),
                        &mut BTreeSet::new(),
                    ),
                    None => unknown(&format!("var.{name}")),
                };
                (name.clone(), value)
            })
            .collect()
    }

    /// Evaluates every resource and child module: the instance's resources and its outputs.
    fn run(&self) -> (Vec<ResourceOut>, Value) {
        let mut resources = Vec::new();
        for index in 0..self.module.decls.len() {
            let result = self.decl(index);
            resources.extend(result.instances.iter().map(clone_out));
        }
        for index in 0..self.module.calls.len() {
            let child = self.child(index);
            resources.extend(child.resources.iter().map(clone_out));
        }
        let mut outputs = Map::new();
        for (name, expr, file) in &self.module.outputs {
            let mut value = self.eval(expr, &mut Scope::new(&file.text), &mut BTreeSet::new());
            strip_addresses(&mut value);
            outputs.insert(name.clone(), value);
        }
        (resources, Value::Object(outputs))
    }

    fn diagnose(&self, d: Diagnostic) {
        self.ctx.diagnostics.borrow_mut().push(d);
    }

    fn expand(&self, body: &Body, file: &SourceFile) -> Expansion {
        let mut scope = Scope::new(&file.text);
        let mut refs = BTreeSet::new();
        if let Some(attr) = body.get_attribute("count") {
            let value = self.eval(&attr.value, &mut scope, &mut refs);
            return match as_f64(&value) {
                Some(n) if n >= 0.0 && (n as usize) <= MAX_INSTANCES => Expansion::Many(
                    (0..n as usize)
                        .map(|i| (json!(i), ("count".to_string(), json!({ "index": i }))))
                        .collect(),
                ),
                _ => Expansion::Unknown,
            };
        }
        if let Some(attr) = body.get_attribute("for_each") {
            let value = self.eval(&attr.value, &mut scope, &mut refs);
            let pairs: Option<Vec<(String, Value)>> = match &value {
                _ if is_unknown(&value) => None,
                Value::Object(map) => {
                    let mut pairs: Vec<_> =
                        map.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
                    pairs.sort_by(|a, b| a.0.cmp(&b.0));
                    Some(pairs)
                }
                Value::Array(items) => items
                    .iter()
                    .map(|i| to_text(i).map(|s| (s, i.clone())))
                    .collect::<Option<Vec<_>>>()
                    .map(|mut p| {
                        p.sort_by(|a, b| a.0.cmp(&b.0));
                        p.dedup_by(|a, b| a.0 == b.0);
                        p
                    }),
                _ => None,
            };
            return match pairs {
                Some(p) if p.len() <= MAX_INSTANCES => Expansion::Many(
                    p.into_iter()
                        .map(|(k, v)| {
                            (
                                json!(k),
                                ("each".to_string(), json!({"key": k, "value": v})),
                            )
                        })
                        .collect(),
                ),
                _ => Expansion::Unknown,
            };
        }
        Expansion::Single
    }

    fn decl(&self, index: usize) -> Rc<DeclResult> {
        if let Some(r) = self.decls.borrow().get(&index) {
            return r.clone();
        }
        let decl = &self.module.decls[index];
        let base = format!("{}{}", self.prefix, decl.local_address());
        let busy_key = format!("decl:{index}");
        if !self.busy.borrow_mut().insert(busy_key.clone()) {
            // A reference cycle: the provider would reject it; we only stop.
            return Rc::new(DeclResult {
                value: unknown_ref(&base, &base),
                instances: Vec::new(),
            });
        }
        let expansion = self.expand(&decl.block.body, decl.file);
        let mut instances = Vec::new();
        let value = match expansion {
            Expansion::Single | Expansion::Unknown => {
                let unknown_count = matches!(expansion, Expansion::Unknown);
                let mut scope = Scope::new(&decl.file.text);
                if unknown_count {
                    let text = format!("{base} instance");
                    scope
                        .bindings
                        .push(("count".into(), json!({"index": unknown(&text)})));
                    scope.bindings.push((
                        "each".into(),
                        json!({"key": unknown(&text), "value": unknown(&text)}),
                    ));
                }
                let out = self.instance(decl, base.clone(), &mut scope);
                let value = if unknown_count {
                    unknown_ref(&base, &base)
                } else {
                    with_address(&out.attributes, &out.address)
                };
                instances.push(out);
                value
            }
            Expansion::Many(keys) => {
                let by_index = keys.first().is_some_and(|(k, _)| k.is_number());
                let mut list = Vec::new();
                let mut map = Map::new();
                for (key, binding) in keys {
                    let mut scope = Scope::new(&decl.file.text);
                    scope.bindings.push(binding);
                    let address = format!("{base}{}", instance_key(&key));
                    let out = self.instance(decl, address, &mut scope);
                    let value = with_address(&out.attributes, &out.address);
                    match to_text(&key) {
                        Some(k) if !by_index => {
                            map.insert(k, value);
                        }
                        _ => list.push(value),
                    }
                    instances.push(out);
                }
                if by_index {
                    Value::Array(list)
                } else {
                    Value::Object(map)
                }
            }
        };
        self.busy.borrow_mut().remove(&busy_key);
        let result = Rc::new(DeclResult { value, instances });
        self.decls.borrow_mut().insert(index, result.clone());
        result
    }

    fn instance(&self, decl: &Decl, address: String, scope: &mut Scope) -> ResourceOut {
        let mut refs = BTreeSet::new();
        let mut spans = ResourceSpans {
            location: decl.block.span().map(|s| decl.file.location(&s)),
            attributes: BTreeMap::new(),
        };
        let mut path = Vec::new();
        let attributes = self.eval_body(
            &decl.block.body,
            scope,
            &mut refs,
            &mut path,
            &mut spans.attributes,
            decl.file,
            true,
        );
        refs.retain(|r| r != &address);
        ResourceOut {
            address,
            resource_type: decl.resource_type.clone(),
            name: decl.name.clone(),
            mode: decl.mode,
            module: self.prefix.trim_end_matches('.').to_string(),
            file: decl.file.rel.clone(),
            attributes,
            refs,
            spans,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn eval_body(
        &self,
        body: &Body,
        scope: &mut Scope,
        refs: &mut BTreeSet<String>,
        path: &mut Vec<String>,
        spans: &mut BTreeMap<Vec<String>, Location>,
        file: &SourceFile,
        top: bool,
    ) -> Map<String, Value> {
        let mut out = Map::new();
        for structure in body.iter() {
            match structure {
                Structure::Attribute(attr) => {
                    let key = attr.key.value().as_str();
                    if top && matches!(key, "count" | "for_each" | "depends_on" | "provider") {
                        continue;
                    }
                    let mut value = self.eval(&attr.value, scope, refs);
                    strip_addresses(&mut value);
                    path.push(key.to_string());
                    if let Some(span) = attr.span() {
                        spans.insert(path.clone(), file.location(&span));
                    }
                    path.pop();
                    out.insert(key.to_string(), value);
                }
                Structure::Block(block) => {
                    let ident = block.ident.value().as_str();
                    if ident == "dynamic" {
                        self.dynamic_block(block, scope, refs, path, spans, file, &mut out);
                        continue;
                    }
                    let entry = out
                        .entry(ident.to_string())
                        .or_insert_with(|| Value::Array(Vec::new()));
                    let index = entry.as_array().map(Vec::len).unwrap_or(0);
                    path.push(ident.to_string());
                    path.push(index.to_string());
                    if let Some(span) = block.span() {
                        spans.insert(path.clone(), file.location(&span));
                    }
                    let nested = self.eval_body(&block.body, scope, refs, path, spans, file, false);
                    path.pop();
                    path.pop();
                    if let Some(items) = out.get_mut(ident).and_then(Value::as_array_mut) {
                        items.push(Value::Object(nested));
                    }
                }
            }
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn dynamic_block(
        &self,
        block: &Block,
        scope: &mut Scope,
        refs: &mut BTreeSet<String>,
        path: &mut Vec<String>,
        spans: &mut BTreeMap<Vec<String>, Location>,
        file: &SourceFile,
        out: &mut Map<String, Value>,
    ) {
        let Some(label) = block.labels.first().map(|l| l.as_str().to_string()) else {
            return;
        };
        let iterator = match block.body.get_attribute("iterator").map(|a| &a.value) {
            Some(Expression::Variable(v)) => v.value().as_str().to_string(),
            _ => label.clone(),
        };
        let Some(content) = block.body.get_blocks("content").next() else {
            return;
        };
        let collection = match block.body.get_attribute("for_each") {
            Some(attr) => self.eval(&attr.value, scope, refs),
            None => return,
        };
        let items: Vec<(Value, Value)> = match &collection {
            _ if is_unknown(&collection) => {
                out.insert(label, collection);
                return;
            }
            Value::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, v)| (json!(i), v.clone()))
                .collect(),
            Value::Object(map) => map.iter().map(|(k, v)| (json!(k), v.clone())).collect(),
            _ => return,
        };
        let entry = out
            .entry(label.clone())
            .or_insert_with(|| Value::Array(Vec::new()));
        let first = entry.as_array().map(Vec::len).unwrap_or(0);
        for (index, (key, value)) in (first..).zip(items.into_iter().take(MAX_INSTANCES)) {
            scope
                .bindings
                .push((iterator.clone(), json!({"key": key, "value": value})));
            path.push(label.clone());
            path.push(index.to_string());
            if let Some(span) = content.span() {
                spans.insert(path.clone(), file.location(&span));
            }
            let nested = self.eval_body(&content.body, scope, refs, path, spans, file, false);
            path.pop();
            path.pop();
            scope.bindings.pop();
            if let Some(items) = out.get_mut(&label).and_then(Value::as_array_mut) {
                items.push(Value::Object(nested));
            }
        }
    }

    fn child(&self, index: usize) -> Rc<ChildResult> {
        if let Some(r) = self.children.borrow().get(&index) {
            return r.clone();
        }
        let result = Rc::new(self.evaluate_child(index));
        self.children.borrow_mut().insert(index, result.clone());
        result
    }

    fn evaluate_child(&self, index: usize) -> ChildResult {
        let (name, block, file) = &self.module.calls[index];
        let address = format!("{}module.{name}", self.prefix);
        let opaque = |why: &str| ChildResult {
            outputs: unknown_ref(&format!("{address} ({why})"), &address),
            resources: Vec::new(),
        };
        let source = match block.body.get_attribute("source").map(|a| &a.value) {
            Some(Expression::String(s)) => s.value().to_string(),
            _ => return opaque("no source"),
        };
        self.ctx.module_calls.borrow_mut().push(json!({
            "address": address,
            "source": source,
            "local": is_local_source(&source),
        }));
        if !is_local_source(&source) {
            return opaque("remote module");
        }
        let child_rel = join_relative(&self.module.dir.rel, &source);
        let Some(dir) = child_rel.as_ref().and_then(|r| self.ctx.all.get(r)) else {
            self.diagnose(Diagnostic::warning(
                "module-not-found",
                &file.rel,
                format!("module {name}: source {source} is not a directory with .tf files inside the scanned tree"),
            ));
            return opaque("not found");
        };
        if self.depth >= MAX_MODULE_DEPTH
            || self.busy.borrow().contains(&format!("module:{}", dir.rel))
        {
            self.diagnose(Diagnostic::warning(
                "module-depth",
                &file.rel,
                format!("module {name}: nesting deeper than {MAX_MODULE_DEPTH} or a cycle; not evaluated"),
            ));
            return opaque("too deep");
        }
        let expansion = self.expand(&block.body, file);
        // (instance key, the `count`/`each` binding of that instance)
        type Keyed = (Option<Value>, Option<(String, Value)>);
        let instances: Vec<Keyed> = match expansion {
            Expansion::Single => vec![(None, None)],
            Expansion::Unknown => vec![(None, None)],
            Expansion::Many(keys) => keys.into_iter().map(|(k, b)| (Some(k), Some(b))).collect(),
        };
        let by_index = matches!(instances.first(), Some((Some(k), _)) if k.is_number());
        let mut resources = Vec::new();
        let mut list = Vec::new();
        let mut map = Map::new();
        let keyed = instances.iter().any(|(k, _)| k.is_some());
        for (key, binding) in instances {
            let suffix = key.as_ref().map(instance_key).unwrap_or_default();
            let prefix = format!("{address}{suffix}.");
            let mut scope = Scope::new(&file.text);
            scope.bindings.extend(binding);
            let child_module = Module::new(dir);
            let mut vars = Map::new();
            for (var, var_block, var_file) in &child_module.variables {
                let value = match block.body.get_attribute(var) {
                    Some(arg) => self.eval(&arg.value, &mut scope, &mut BTreeSet::new()),
                    None => match var_block.body.get_attribute("default") {
                        Some(d) => self.eval(
                            &d.value,
                            &mut Scope::new(&var_file.text),
                            &mut BTreeSet::new(),
                        ),
                        None => unknown(&format!("var.{var}")),
                    },
                };
                let mut value = value;
                strip_addresses(&mut value);
                vars.insert(var.clone(), value);
            }
            let child = Instance::new(self.ctx, dir, prefix, vars, self.depth + 1);
            child.busy.borrow_mut().extend(
                self.busy
                    .borrow()
                    .iter()
                    .filter(|k| k.starts_with("module:"))
                    .cloned(),
            );
            child
                .busy
                .borrow_mut()
                .insert(format!("module:{}", self.module.dir.rel));
            let (child_resources, outputs) = child.run();
            resources.extend(child_resources);
            match key.as_ref().and_then(to_text) {
                Some(k) if !by_index => {
                    map.insert(k, outputs);
                }
                _ => list.push(outputs),
            }
        }
        let outputs = if !keyed {
            list.pop().unwrap_or(Value::Null)
        } else if by_index {
            Value::Array(list)
        } else {
            Value::Object(map)
        };
        ChildResult { outputs, resources }
    }

    fn local(&self, name: &str) -> Value {
        if let Some(v) = self.locals.borrow().get(name) {
            return v.clone();
        }
        let Some((expr, file)) = self.module.locals.get(name) else {
            return error_value(&format!("local.{name}"));
        };
        let key = format!("local:{name}");
        if !self.busy.borrow_mut().insert(key.clone()) {
            return unknown(&format!("local.{name}"));
        }
        let value = self.eval(expr, &mut Scope::new(&file.text), &mut BTreeSet::new());
        self.busy.borrow_mut().remove(&key);
        self.locals
            .borrow_mut()
            .insert(name.to_string(), value.clone());
        value
    }

    /// Evaluates an expression. References to resources are added to `refs`.
    fn eval(&self, expr: &Expression, scope: &mut Scope, refs: &mut BTreeSet<String>) -> Value {
        if scope.depth >= MAX_EVAL_DEPTH {
            return unknown(text_of(scope, expr.span()));
        }
        scope.depth += 1;
        let value = self.eval_inner(expr, scope, refs);
        scope.depth -= 1;
        value
    }

    fn eval_inner(
        &self,
        expr: &Expression,
        scope: &mut Scope,
        refs: &mut BTreeSet<String>,
    ) -> Value {
        match expr {
            Expression::Null(_) => Value::Null,
            Expression::Bool(b) => Value::Bool(*b.value()),
            Expression::Number(n) => {
                let n = n.value();
                n.as_i64()
                    .map(|i| json!(i))
                    .or_else(|| n.as_f64().map(number))
                    .unwrap_or(Value::Null)
            }
            Expression::String(s) => Value::String(s.value().to_string()),
            Expression::Array(items) => {
                Value::Array(items.iter().map(|e| self.eval(e, scope, refs)).collect())
            }
            Expression::Object(object) => {
                let mut map = Map::new();
                for (key, value) in object.iter() {
                    let key = match key {
                        ObjectKey::Ident(ident) => ident.value().as_str().to_string(),
                        ObjectKey::Expression(e) => match self.eval(e, scope, refs) {
                            v if is_unknown(&v) => return unknown(text_of(scope, expr.span())),
                            v => match to_text(&v) {
                                Some(k) => k,
                                None => return error_value(text_of(scope, expr.span())),
                            },
                        },
                    };
                    map.insert(key, self.eval(value.expr(), scope, refs));
                }
                Value::Object(map)
            }
            Expression::StringTemplate(t) => self.template(t, scope, refs, expr),
            Expression::HeredocTemplate(h) => {
                let mut h = (**h).clone();
                h.dedent();
                self.template(&h.template, scope, refs, expr)
            }
            Expression::Parenthesis(p) => self.eval(p.inner(), scope, refs),
            Expression::Variable(v) => self.variable(v.value().as_str(), &[], scope, refs, expr),
            Expression::Traversal(t) => match &t.expr {
                Expression::Variable(v) => {
                    let ops: Vec<&TraversalOperator> =
                        t.operators.iter().map(|o| o.value()).collect();
                    self.variable(v.value().as_str(), &ops, scope, refs, expr)
                }
                base => {
                    let value = self.eval(base, scope, refs);
                    let ops: Vec<&TraversalOperator> =
                        t.operators.iter().map(|o| o.value()).collect();
                    self.apply(value, &ops, scope, refs, expr)
                }
            },
            Expression::Conditional(c) => {
                let cond = self.eval(&c.cond_expr, scope, refs);
                match as_bool(&cond) {
                    Some(true) => self.eval(&c.true_expr, scope, refs),
                    Some(false) => self.eval(&c.false_expr, scope, refs),
                    None => {
                        let a = self.eval(&c.true_expr, scope, refs);
                        let b = self.eval(&c.false_expr, scope, refs);
                        if a == b && !is_unknown(&a) {
                            a
                        } else {
                            unknown(text_of(scope, expr.span()))
                        }
                    }
                }
            }
            Expression::FuncCall(call) => {
                let name = call.name.name.value().as_str();
                let text = text_of(scope, expr.span());
                let args: Vec<Value> = call
                    .args
                    .iter()
                    .map(|a| self.eval(a, scope, refs))
                    .collect();
                let args = if call.args.expand_final() {
                    match args.split_last() {
                        Some((Value::Array(last), rest)) => {
                            rest.iter().cloned().chain(last.iter().cloned()).collect()
                        }
                        Some((last, _)) if is_unknown(last) => return unknown(text),
                        _ => args,
                    }
                } else {
                    args
                };
                let context = functions::Context {
                    module_dir: &self.module.dir.fs_path,
                    text,
                };
                functions::call(name, args, &context)
            }
            Expression::UnaryOp(op) => {
                let v = self.eval(&op.expr, scope, refs);
                match (op.operator.value(), &v) {
                    (UnaryOperator::Not, _) => as_bool(&v)
                        .map(|b| Value::Bool(!b))
                        .unwrap_or_else(|| unknown(text_of(scope, expr.span()))),
                    (UnaryOperator::Neg, _) => as_f64(&v)
                        .map(|f| number(-f))
                        .unwrap_or_else(|| unknown(text_of(scope, expr.span()))),
                }
            }
            Expression::BinaryOp(op) => {
                let lhs = self.eval(&op.lhs_expr, scope, refs);
                let rhs = self.eval(&op.rhs_expr, scope, refs);
                binary(*op.operator.value(), &lhs, &rhs)
                    .unwrap_or_else(|| unknown(text_of(scope, expr.span())))
            }
            Expression::ForExpr(f) => self.for_expr(f, scope, refs, expr),
        }
    }

    fn template(
        &self,
        template: &Template,
        scope: &mut Scope,
        refs: &mut BTreeSet<String>,
        expr: &Expression,
    ) -> Value {
        // A template that is a single interpolation keeps the value's type.
        if let Some(Element::Interpolation(i)) = template.as_single_element() {
            return self.eval(&i.expr, scope, refs);
        }
        match self.render(template, scope, refs) {
            Some(s) => Value::String(s),
            None => unknown(text_of(scope, expr.span())),
        }
    }

    fn render(
        &self,
        template: &Template,
        scope: &mut Scope,
        refs: &mut BTreeSet<String>,
    ) -> Option<String> {
        let mut out = String::new();
        let mut known = true;
        for element in template.iter() {
            match element {
                Element::Literal(s) => out.push_str(s.value()),
                Element::Interpolation(i) => {
                    let v = self.eval(&i.expr, scope, refs);
                    match to_text(&v) {
                        Some(s) => out.push_str(&s),
                        None => known = false,
                    }
                }
                Element::Directive(d) => match &**d {
                    Directive::If(d) => {
                        let cond = self.eval(&d.if_expr.cond_expr, scope, refs);
                        let chosen = match as_bool(&cond) {
                            Some(true) => Some(&d.if_expr.template),
                            Some(false) => d.else_expr.as_ref().map(|e| &e.template),
                            None => {
                                known = false;
                                None
                            }
                        };
                        if let Some(t) = chosen {
                            match self.render(t, scope, refs) {
                                Some(s) => out.push_str(&s),
                                None => known = false,
                            }
                        }
                    }
                    Directive::For(d) => {
                        let f = &d.for_expr;
                        let collection = self.eval(&f.collection_expr, scope, refs);
                        let Some(items) = iterate(&collection) else {
                            known = false;
                            continue;
                        };
                        for (k, v) in items {
                            let pushed = bind_pair(
                                scope,
                                f.key_var.as_ref().map(|k| k.value().as_str()),
                                f.value_var.value().as_str(),
                                k,
                                v,
                            );
                            let rendered = self.render(&f.template, scope, refs);
                            scope.bindings.truncate(scope.bindings.len() - pushed);
                            match rendered {
                                Some(s) => out.push_str(&s),
                                None => known = false,
                            }
                        }
                    }
                },
            }
        }
        known.then_some(out)
    }

    fn for_expr(
        &self,
        f: &hcl_edit::expr::ForExpr,
        scope: &mut Scope,
        refs: &mut BTreeSet<String>,
        expr: &Expression,
    ) -> Value {
        let text = text_of(scope, expr.span()).to_string();
        let collection = self.eval(&f.intro.collection_expr, scope, refs);
        let Some(items) = iterate(&collection) else {
            return unknown(&text);
        };
        let mut list = Vec::new();
        let mut map = Map::new();
        for (k, v) in items.into_iter().take(MAX_INSTANCES * 10) {
            let pushed = bind_pair(
                scope,
                f.intro.key_var.as_ref().map(|k| k.value().as_str()),
                f.intro.value_var.value().as_str(),
                k,
                v,
            );
            let keep = match &f.cond {
                Some(c) => as_bool(&self.eval(&c.expr, scope, refs)),
                None => Some(true),
            };
            let result = match keep {
                None => None,
                Some(false) => Some(()),
                Some(true) => {
                    let value = self.eval(&f.value_expr, scope, refs);
                    match &f.key_expr {
                        Some(key_expr) => {
                            let key = self.eval(key_expr, scope, refs);
                            match to_text(&key) {
                                Some(key) if f.grouping => {
                                    let group = map.entry(key).or_insert_with(|| json!([]));
                                    if let Some(items) = group.as_array_mut() {
                                        items.push(value);
                                    }
                                    Some(())
                                }
                                Some(key) => {
                                    map.insert(key, value);
                                    Some(())
                                }
                                None => None,
                            }
                        }
                        None => {
                            list.push(value);
                            Some(())
                        }
                    }
                }
            };
            scope.bindings.truncate(scope.bindings.len() - pushed);
            if result.is_none() {
                return unknown(&text);
            }
        }
        if f.key_expr.is_some() {
            Value::Object(map)
        } else {
            Value::Array(list)
        }
    }

    /// Resolves a root name (`var`, `local`, `module`, `data`, a resource type, a binding)
    /// and applies the traversal operators after it.
    fn variable(
        &self,
        root: &str,
        ops: &[&TraversalOperator],
        scope: &mut Scope,
        refs: &mut BTreeSet<String>,
        expr: &Expression,
    ) -> Value {
        let text = text_of(scope, expr.span()).to_string();
        let attr = |i: usize| match ops.get(i) {
            Some(TraversalOperator::GetAttr(a)) => Some(a.value().as_str()),
            _ => None,
        };
        if let Some(bound) = scope.lookup(root) {
            let bound = bound.clone();
            return self.apply(bound, ops, scope, refs, expr);
        }
        let (value, consumed) = match root {
            "var" => match attr(0) {
                Some(name) => (
                    self.vars
                        .get(name)
                        .cloned()
                        .unwrap_or_else(|| error_value(&format!("var.{name}"))),
                    1,
                ),
                None => return error_value(&text),
            },
            "local" => match attr(0) {
                Some(name) => (self.local(name), 1),
                None => return error_value(&text),
            },
            "path" => match attr(0) {
                Some("module") => (json!(self.module.dir.rel), 1),
                Some("root" | "cwd") => (json!("."), 1),
                _ => return unknown(&text),
            },
            "terraform" => match attr(0) {
                Some("workspace") => (json!("default"), 1),
                _ => return unknown(&text),
            },
            "module" => {
                let Some(name) = attr(0) else {
                    return unknown(&text);
                };
                match self.module.calls.iter().position(|(n, _, _)| n == name) {
                    Some(index) => {
                        refs.insert(format!("{}module.{name}", self.prefix));
                        (self.child(index).outputs.clone(), 1)
                    }
                    None => return error_value(&text),
                }
            }
            "data" => {
                let (Some(t), Some(n)) = (attr(0), attr(1)) else {
                    return unknown(&text);
                };
                match self.module.decl_index.get(&format!("data.{t}.{n}")) {
                    Some(&index) => (self.decl(index).value.clone(), 2),
                    None => return error_value(&text),
                }
            }
            resource_type => {
                let Some(name) = attr(0) else {
                    return unknown(&text);
                };
                match self
                    .module
                    .decl_index
                    .get(&format!("{resource_type}.{name}"))
                {
                    Some(&index) => (self.decl(index).value.clone(), 1),
                    None => return unknown(&text),
                }
            }
        };
        if let Some(address) = value.get(ADDRESS_KEY).and_then(Value::as_str) {
            refs.insert(address.to_string());
        } else if let Some(address) = value.get("__ref__").and_then(Value::as_str) {
            refs.insert(address.to_string());
        }
        self.apply(value, &ops[consumed..], scope, refs, expr)
    }

    fn apply(
        &self,
        mut value: Value,
        ops: &[&TraversalOperator],
        scope: &mut Scope,
        refs: &mut BTreeSet<String>,
        expr: &Expression,
    ) -> Value {
        for (i, op) in ops.iter().enumerate() {
            if is_unknown(&value) {
                let text = text_of(scope, expr.span());
                return match value.get("__ref__").and_then(Value::as_str) {
                    Some(r) => unknown_ref(text, r),
                    None => unknown(text),
                };
            }
            value = match op {
                TraversalOperator::GetAttr(name) => {
                    self.get(&value, name.value().as_str(), scope, expr)
                }
                TraversalOperator::Index(index) => {
                    let key = self.eval(index, scope, refs);
                    if is_unknown(&key) {
                        return unknown(text_of(scope, expr.span()));
                    }
                    self.index(&value, &key, scope, expr)
                }
                TraversalOperator::LegacyIndex(n) => {
                    self.index(&value, &json!(*n.value()), scope, expr)
                }
                TraversalOperator::AttrSplat(_) | TraversalOperator::FullSplat(_) => {
                    let items = match value {
                        Value::Array(items) => items,
                        Value::Null => Vec::new(),
                        Value::Object(ref m)
                            if !m.contains_key(ADDRESS_KEY)
                                && !m.is_empty()
                                && m.values().all(|v| v.get(ADDRESS_KEY).is_some()) =>
                        {
                            m.values().cloned().collect()
                        }
                        other => vec![other],
                    };
                    let rest = &ops[i + 1..];
                    return Value::Array(
                        items
                            .into_iter()
                            .map(|item| {
                                if let Some(a) = item.get(ADDRESS_KEY).and_then(Value::as_str) {
                                    refs.insert(a.to_string());
                                }
                                self.apply(item, rest, scope, refs, expr)
                            })
                            .collect(),
                    );
                }
            };
            if let Some(address) = value.get(ADDRESS_KEY).and_then(Value::as_str) {
                refs.insert(address.to_string());
            }
        }
        value
    }

    fn get(&self, value: &Value, name: &str, scope: &Scope, expr: &Expression) -> Value {
        let text = text_of(scope, expr.span());
        match value {
            Value::Object(map) => match map.get(name) {
                Some(v) => v.clone(),
                None => match map.get(ADDRESS_KEY).and_then(Value::as_str) {
                    // An attribute the provider computes (id, arn …).
                    Some(address) => unknown_ref(text, address),
                    None => error_value(text),
                },
            },
            _ => error_value(text),
        }
    }

    fn index(&self, value: &Value, key: &Value, scope: &Scope, expr: &Expression) -> Value {
        let text = text_of(scope, expr.span());
        match value {
            Value::Array(items) => as_f64(key)
                .and_then(|f| items.get(f as usize).cloned())
                .unwrap_or_else(|| error_value(text)),
            Value::Object(map) => to_text(key)
                .and_then(|k| map.get(&k).cloned())
                .unwrap_or_else(|| error_value(text)),
            _ => error_value(text),
        }
    }
}

fn with_address(attributes: &Map<String, Value>, address: &str) -> Value {
    let mut object = attributes.clone();
    object.insert(ADDRESS_KEY.to_string(), json!(address));
    Value::Object(object)
}

fn clone_out(r: &ResourceOut) -> ResourceOut {
    ResourceOut {
        address: r.address.clone(),
        resource_type: r.resource_type.clone(),
        name: r.name.clone(),
        mode: r.mode,
        module: r.module.clone(),
        file: r.file.clone(),
        attributes: r.attributes.clone(),
        refs: r.refs.clone(),
        spans: r.spans.clone(),
    }
}

/// Key/value pairs of a collection: index and item for lists, key and value for objects.
fn iterate(collection: &Value) -> Option<Vec<(Value, Value)>> {
    match collection {
        _ if is_unknown(collection) => None,
        Value::Array(items) => Some(
            items
                .iter()
                .enumerate()
                .map(|(i, v)| (json!(i), v.clone()))
                .collect(),
        ),
        Value::Object(map) => Some(map.iter().map(|(k, v)| (json!(k), v.clone())).collect()),
        _ => None,
    }
}

fn bind_pair(
    scope: &mut Scope,
    key_var: Option<&str>,
    value_var: &str,
    key: Value,
    value: Value,
) -> usize {
    let mut pushed = 1;
    if let Some(k) = key_var {
        scope.bindings.push((k.to_string(), key));
        pushed += 1;
    }
    scope.bindings.push((value_var.to_string(), value));
    pushed
}

fn binary(op: BinaryOperator, lhs: &Value, rhs: &Value) -> Option<Value> {
    use BinaryOperator::*;
    match op {
        And => match (as_bool(lhs), as_bool(rhs)) {
            (Some(false), _) | (_, Some(false)) => Some(Value::Bool(false)),
            (Some(true), Some(true)) => Some(Value::Bool(true)),
            _ => None,
        },
        Or => match (as_bool(lhs), as_bool(rhs)) {
            (Some(true), _) | (_, Some(true)) => Some(Value::Bool(true)),
            (Some(false), Some(false)) => Some(Value::Bool(false)),
            _ => None,
        },
        _ if is_unknown(lhs) || is_unknown(rhs) => None,
        Eq | NotEq => {
            let equal = match (lhs, rhs) {
                (Value::Number(_), Value::Number(_)) => as_f64(lhs) == as_f64(rhs),
                _ => lhs == rhs,
            };
            Some(Value::Bool(equal == (op == Eq)))
        }
        _ => {
            let (a, b) = (as_f64(lhs)?, as_f64(rhs)?);
            Some(match op {
                Less => Value::Bool(a < b),
                LessEq => Value::Bool(a <= b),
                Greater => Value::Bool(a > b),
                GreaterEq => Value::Bool(a >= b),
                Plus => number(a + b),
                Minus => number(a - b),
                Mul => number(a * b),
                Div if b != 0.0 => number(a / b),
                Mod if b != 0.0 => number(a % b),
                _ => return None,
            })
        }
    }
}
