//! Targets to documents: walk a repository, classify each file by name and content, and parse
//! each unit (a Terraform module directory, a CloudFormation template) into a [`Document`].
//!
//! Nothing here knows about policies or outputs.

pub mod aws;
pub mod cloudformation;
pub mod compose;
pub mod dockerfile;
pub mod image;
pub mod kubernetes;
pub mod lines;
pub mod pipeline;
pub mod reference;
pub mod repository;
pub mod secrets;
pub mod shell;
pub mod suppress;
pub mod terraform;
pub mod terraform_plan;
pub mod yaml;

use crate::model::{Diagnostic, Document};
use globset::{Glob, GlobSet, GlobSetBuilder};
use rayon::prelude::*;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// Directories never descended into.
const SKIPPED_DIRS: &[&str] = &[".git", ".terraform", "node_modules", "vendor"];

/// Deepest bracket nesting accepted before a file is refused; real configuration stays far
/// below it, and it keeps recursive parsers off the end of the stack.
pub const MAX_NESTING: usize = 512;

/// A parsed unit and what the parser had to say about it.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub document: Document,
    pub diagnostics: Vec<Diagnostic>,
}

impl Parsed {
    /// A document that is one whole file, with nothing more to say about it.
    pub fn file(
        kind: crate::model::Kind,
        rel: &str,
        input: Value,
        source_map: crate::model::SourceMap,
        suppressions: Vec<crate::model::Suppression>,
    ) -> Parsed {
        Parsed {
            document: Document {
                kind,
                path: rel.to_string(),
                file: rel.to_string(),
                input,
                source_map,
                suppressions,
            },
            diagnostics: Vec::new(),
        }
    }
}

/// An unknown value, written as the expression that produced it.
pub fn unknown(expression: &str) -> Value {
    json!({ "__unknown__": expression })
}

/// An unknown value that refers to another resource of the same document.
pub fn unknown_ref(expression: &str, address: &str) -> Value {
    json!({ "__unknown__": expression, "__ref__": address })
}

/// What to walk and what to leave out.
#[derive(Debug, Clone)]
pub struct DiscoverOptions {
    pub exclude: Vec<String>,
    /// Files larger than this many bytes are skipped with a diagnostic.
    pub max_file_size: u64,
    /// Images to scan besides the tree: tarballs, `oci:` layouts, registry references.
    pub images: Vec<String>,
    pub image: image::ImageOptions,
}

impl Default for DiscoverOptions {
    fn default() -> Self {
        DiscoverOptions {
            exclude: Vec::new(),
            max_file_size: 10 * 1024 * 1024,
            images: Vec::new(),
            image: image::ImageOptions::default(),
        }
    }
}

/// The units found under a root, before parsing.
#[derive(Debug, Default)]
pub struct Inventory {
    pub root: PathBuf,
    /// Terraform module directories (relative path → `.tf` and `.tfvars` files in it).
    pub terraform: BTreeMap<String, Vec<PathBuf>>,
    /// Every other candidate file: relative path, full path and what its name says it is.
    pub files: Vec<(String, PathBuf, FileKind)>,
    pub diagnostics: Vec<Diagnostic>,
    /// Files that are evidence by their presence (dependency update bots, CODEOWNERS, README).
    pub markers: Vec<String>,
    /// OCI image layout directories in the tree (relative path, full path).
    pub image_layouts: Vec<(String, PathBuf)>,
    /// Images named on the command line or in an images file.
    pub images: Vec<String>,
    pub image_options: image::ImageOptions,
}

/// Everything parsed from one root.
#[derive(Debug, Default)]
pub struct Loaded {
    pub documents: Vec<Document>,
    pub diagnostics: Vec<Diagnostic>,
    /// Files read and their total size in bytes.
    pub files: usize,
    pub bytes: u64,
}

fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let text = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    if text.is_empty() {
        ".".to_string()
    } else {
        text
    }
}

fn exclusions(patterns: &[String]) -> Result<GlobSet, globset::Error> {
    let mut builder = GlobSetBuilder::new();
    for p in patterns {
        builder.add(Glob::new(p)?);
        // `dir/` or `dir` also excludes everything below it.
        builder.add(Glob::new(&format!("{}/**", p.trim_end_matches('/')))?);
    }
    builder.build()
}

/// What a file's name says it may be; YAML and JSON are told apart by content later.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// YAML or JSON: CloudFormation, Kubernetes, compose, a workflow, a Terraform plan …
    Structured,
    Dockerfile,
    Jenkinsfile,
    /// `*.json.gz`: an AWS Config snapshot as delivered to S3, when its content says so.
    Gzip,
}

fn file_kind(name: &str) -> Option<FileKind> {
    if [".yaml", ".yml", ".json", ".template"]
        .iter()
        .any(|ext| name.ends_with(ext))
    {
        Some(FileKind::Structured)
    } else if name.ends_with(".json.gz") {
        Some(FileKind::Gzip)
    } else if dockerfile::is_dockerfile(name) {
        Some(FileKind::Dockerfile)
    } else if pipeline::jenkins::is_jenkinsfile(name) {
        Some(FileKind::Jenkinsfile)
    } else {
        None
    }
}

/// A Helm chart's `templates/` directory: Go templates, not YAML until rendered.
fn is_helm_templates(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n == "templates")
        && path
            .parent()
            .is_some_and(|p| p.join("Chart.yaml").is_file())
}

/// Walks `root` and sorts files into units.
pub fn discover(root: &Path, options: &DiscoverOptions) -> Result<Inventory, globset::Error> {
    let exclude = exclusions(&options.exclude)?;
    let mut inventory = Inventory {
        root: root.to_path_buf(),
        images: options.images.clone(),
        image_options: options.image.clone(),
        ..Inventory::default()
    };
    let base = if root.is_file() {
        root.parent().unwrap_or(Path::new("")).to_path_buf()
    } else {
        root.to_path_buf()
    };
    inventory.root = base.clone();
    let walker = WalkDir::new(root).sort_by_file_name().into_iter();
    let mut helm_charts = Vec::new();
    let mut layouts = Vec::new();
    let entries = walker.filter_entry(|e| {
        let name = e.file_name().to_string_lossy();
        let rel = relative(&base, e.path());
        if e.file_type().is_dir() && is_helm_templates(e.path()) {
            helm_charts.push(rel);
            return false;
        }
        if e.file_type().is_dir() && image::local::is_layout(e.path()) && !exclude.is_match(&rel) {
            layouts.push((rel, e.path().to_path_buf()));
            return false;
        }
        !(e.depth() > 0 && e.file_type().is_dir() && SKIPPED_DIRS.contains(&name.as_ref()))
            && (rel == "." || !exclude.is_match(&rel))
    });
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(err) => {
                let path = err
                    .path()
                    .map(|p| relative(&base, p))
                    .unwrap_or_else(|| ".".to_string());
                inventory.diagnostics.push(Diagnostic::warning(
                    "unreadable",
                    &path,
                    format!("cannot read: {err}"),
                ));
                continue;
            }
        };
        if !entry.file_type().is_file() {
            // Symbolic links are not followed: they can point outside the repository or loop.
            continue;
        }
        let name = entry.file_name().to_string_lossy().to_string();
        if repository::is_marker(&name) {
            inventory.markers.push(relative(&base, entry.path()));
        }
        let is_terraform = name.ends_with(".tf") || name.ends_with(".tfvars");
        let kind = file_kind(&name);
        if !is_terraform && kind.is_none() {
            continue;
        }
        let rel = relative(&base, entry.path());
        let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
        if size > options.max_file_size {
            inventory.diagnostics.push(Diagnostic::warning(
                "file-too-large",
                &rel,
                format!(
                    "skipped: {size} bytes is over the limit of {} bytes (--max-file-size)",
                    options.max_file_size
                ),
            ));
            continue;
        }
        if is_terraform {
            let dir = entry.path().parent().unwrap_or(Path::new(""));
            inventory
                .terraform
                .entry(relative(&base, dir))
                .or_default()
                .push(entry.path().to_path_buf());
        } else if let Some(kind) = kind {
            if name == "kustomization.yaml" || name == "kustomization.yml" {
                inventory.diagnostics.push(Diagnostic {
                    level: crate::model::DiagnosticLevel::Note,
                    ..Diagnostic::warning(
                        "kustomize-not-rendered",
                        &rel,
                        "kustomize overlays are not rendered; the plain manifests in this directory are scanned as written",
                    )
                });
            }
            inventory
                .files
                .push((rel, entry.path().to_path_buf(), kind));
        }
    }
    inventory.image_layouts = layouts;
    for chart in helm_charts {
        inventory.diagnostics.push(Diagnostic {
            level: crate::model::DiagnosticLevel::Note,
            ..Diagnostic::warning(
                "helm-not-rendered",
                &chart,
                "Helm templates are not rendered and were not scanned; scan `helm template` output to check them",
            )
        });
    }
    Ok(inventory)
}

/// Reads a file as UTF-8 text, refusing files nested deeper than [`MAX_NESTING`].
pub fn read_text(path: &Path, rel: &str) -> Result<String, Diagnostic> {
    let bytes = std::fs::read(path)
        .map_err(|e| Diagnostic::error("unreadable", rel, format!("cannot read: {e}")))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| Diagnostic::error("parse-error", rel, "not UTF-8 text"))?;
    check_nesting(&text).map_err(|line| {
        Diagnostic::error(
            "parse-error",
            rel,
            format!("nesting deeper than {MAX_NESTING} levels"),
        )
        .at(line, 1)
    })?;
    Ok(text)
}

fn check_nesting(text: &str) -> Result<(), usize> {
    let mut depth = 0usize;
    let mut line = 1;
    for b in text.bytes() {
        match b {
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Err(line);
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'\n' => line += 1,
            _ => {}
        }
    }
    Ok(())
}

/// What parsing one file gave: documents, diagnostics and the bytes read.
type FileResult = (Vec<Document>, Vec<Diagnostic>, u64);

fn collect(results: Vec<Result<Parsed, Diagnostic>>, size: u64) -> FileResult {
    let mut documents = Vec::new();
    let mut diagnostics = Vec::new();
    for r in results {
        match r {
            Ok(parsed) => {
                documents.push(parsed.document);
                diagnostics.extend(parsed.diagnostics);
            }
            Err(d) => diagnostics.push(d),
        }
    }
    (documents, diagnostics, size)
}

fn parse_yaml(rel: &str, text: &str) -> Result<Vec<yaml::SpannedDocument>, Diagnostic> {
    yaml::parse(text, &cloudformation::long_form).map_err(|e| {
        Diagnostic::error(
            "parse-error",
            rel,
            format!("invalid YAML/JSON: {}", e.message),
        )
        .at(e.line, e.column)
    })
}

/// An AWS Config snapshot or history file, plain or gzip: one document per account-region.
fn parse_snapshot_file(rel: &str, path: &Path) -> FileResult {
    let bytes = match aws::read_bytes(path, rel) {
        Ok(b) => b,
        Err(d) => return (Vec::new(), vec![d], 0),
    };
    let size = bytes.len() as u64;
    let Ok(text) = String::from_utf8(bytes) else {
        return (Vec::new(), Vec::new(), 0);
    };
    if !aws::looks_like_snapshot(&text) {
        return (Vec::new(), Vec::new(), 0);
    }
    match aws::parse_snapshot(rel, &text) {
        Ok((documents, diagnostics)) => (documents, diagnostics, size),
        Err(d) => (Vec::new(), vec![d], size),
    }
}

fn parse_file(root: &Path, rel: &str, path: &Path, kind: FileKind) -> FileResult {
    if kind == FileKind::Gzip {
        return parse_snapshot_file(rel, path);
    }
    let text = match read_text(path, rel) {
        Ok(t) => t,
        Err(d) => return (Vec::new(), vec![d], 0),
    };
    let size = text.len() as u64;
    let suppressions = suppress::inline_suppressions(rel, &text);
    let name = rel.rsplit('/').next().unwrap_or(rel);
    match kind {
        FileKind::Dockerfile => {
            let (parsed, diagnostics) = dockerfile::parse(rel, &text);
            let mut out = collect(parsed.into_iter().map(Ok).collect(), size);
            out.1.extend(diagnostics);
            return out;
        }
        FileKind::Jenkinsfile => {
            return collect(
                vec![pipeline::jenkins::parse(rel, &text, suppressions)],
                size,
            );
        }
        FileKind::Structured | FileKind::Gzip => {}
    }
    if rel.ends_with(".json") && aws::looks_like_snapshot(&text) {
        return match aws::parse_snapshot(rel, &text) {
            Ok((documents, diagnostics)) => (documents, diagnostics, size),
            Err(d) => (Vec::new(), vec![d], size),
        };
    }
    type ByName = fn(
        &str,
        &yaml::SpannedDocument,
        Vec<crate::model::Suppression>,
    ) -> Result<Parsed, Diagnostic>;
    let by_name: Option<ByName> = if pipeline::github::is_workflow(rel) {
        Some(pipeline::github::parse)
    } else if pipeline::gitlab::is_gitlab_ci(rel) {
        Some(pipeline::gitlab::parse)
    } else if compose::is_compose_file(name) {
        Some(compose::parse)
    } else {
        None
    };
    if let Some(parse) = by_name {
        let docs = match parse_yaml(rel, &text) {
            Ok(d) => d,
            Err(d) => return (Vec::new(), vec![d], size),
        };
        let Some(doc) = docs.first() else {
            return (
                Vec::new(),
                vec![Diagnostic::warning(
                    "empty",
                    rel,
                    "empty file; nothing to check",
                )],
                size,
            );
        };
        return collect(vec![parse(rel, doc, suppressions)], size);
    }
    let maybe_cloudformation = cloudformation::looks_like_template(&text);
    let maybe_kubernetes = text.contains("apiVersion") && text.contains("kind");
    let maybe_plan = text.contains("planned_values") && text.contains("format_version");
    if !(maybe_cloudformation || maybe_kubernetes || maybe_plan) {
        return (Vec::new(), Vec::new(), 0);
    }
    let docs = match parse_yaml(rel, &text) {
        Ok(d) => d,
        Err(d) => return (Vec::new(), vec![d], size),
    };
    if let Some(first) = docs.first() {
        if cloudformation::is_template(&first.value) {
            let mut parsed = cloudformation::build(rel, first);
            parsed.document.suppressions.extend(suppressions);
            return collect(vec![Ok(parsed)], size);
        }
        if terraform_plan::is_plan(&first.value) {
            let parsed = terraform_plan::parse(root, rel, &text, &first.value, suppressions);
            return collect(vec![Ok(parsed)], size);
        }
    }
    let objects: Vec<Result<Parsed, Diagnostic>> = docs
        .iter()
        .filter_map(|d| kubernetes::object_document(rel, d, &suppressions))
        .map(Ok)
        .collect();
    if objects.is_empty() {
        return (Vec::new(), Vec::new(), 0);
    }
    collect(objects, size)
}

fn image_result(
    name: &str,
    read: Result<(Document, Vec<Diagnostic>), image::ImageError>,
) -> FileResult {
    match read {
        Ok((document, diagnostics)) => {
            let size = document.input["image"]["size"].as_u64().unwrap_or(0);
            (vec![document], diagnostics, size)
        }
        Err(e) => (
            Vec::new(),
            vec![Diagnostic::error(
                "image-error",
                name,
                format!("image {name}: {e}"),
            )],
            0,
        ),
    }
}

/// Parses every unit of an inventory, in parallel.
pub fn load(inventory: &Inventory) -> Loaded {
    let mut loaded = Loaded {
        diagnostics: inventory.diagnostics.clone(),
        ..Loaded::default()
    };
    let terraform = terraform::load(&inventory.root, &inventory.terraform);
    loaded.files += terraform.files;
    loaded.bytes += terraform.bytes;
    loaded.documents.extend(terraform.documents);
    loaded.diagnostics.extend(terraform.diagnostics);

    let images: Vec<FileResult> = inventory
        .image_layouts
        .par_iter()
        .map(|(rel, path)| {
            let read = image::local::layout(path, None, &inventory.image_options.platform, rel)
                .and_then(|loaded| image::read(loaded, &inventory.image_options));
            image_result(rel, read)
        })
        .chain(inventory.images.par_iter().map(|reference| {
            image_result(
                reference,
                image::scan_reference(reference, &inventory.image_options),
            )
        }))
        .collect();
    for (documents, diagnostics, size) in images {
        loaded.files += documents.len();
        loaded.bytes += size;
        loaded.documents.extend(documents);
        loaded.diagnostics.extend(diagnostics);
    }
    let results: Vec<FileResult> = inventory
        .files
        .par_iter()
        .map(|(rel, path, kind)| parse_file(&inventory.root, rel, path, *kind))
        .collect();
    for (documents, diagnostics, size) in results {
        if !documents.is_empty() {
            loaded.files += 1;
            loaded.bytes += size;
        }
        loaded.documents.extend(documents);
        loaded.diagnostics.extend(diagnostics);
    }
    loaded
        .documents
        .sort_by(|a, b| (a.kind, &a.path).cmp(&(b.kind, &b.path)));
    loaded.diagnostics.sort();
    loaded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_limit() {
        assert!(check_nesting("{[()]}").is_ok());
        let deep = "[".repeat(MAX_NESTING + 1);
        assert_eq!(check_nesting(&format!("a\n{deep}")), Err(2));
    }

    #[test]
    fn relative_paths_use_slashes() {
        assert_eq!(relative(Path::new("/r"), Path::new("/r/a/b.tf")), "a/b.tf");
        assert_eq!(relative(Path::new("/r"), Path::new("/r")), ".");
    }
}
