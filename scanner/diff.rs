//! Diff-aware scans: which units a change touched, and the findings that change introduced.
//!
//! The whole tree is parsed, so variables, modules and cross-file references stay right, but
//! only the units whose files changed — or whose child modules' files changed — are evaluated,
//! here and in the base revision (read with `git show`, no network, nothing checked out).

use crate::model::{Document, Finding, Kind};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Why the base revision could not be read.
#[derive(Debug, thiserror::Error)]
#[error("git: {0}")]
pub struct DiffError(pub String);

fn git(dir: &Path, args: &[&str]) -> Result<String, DiffError> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| DiffError(format!("cannot run git: {e}")))?;
    if !output.status.success() {
        return Err(DiffError(format!(
            "git {} failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    Ok(String::from_utf8_lossy(&output.stdout).to_string())
}

/// The repository's top level and the scan root's path inside it (`""` at the top).
pub fn locate(root: &Path) -> Result<(PathBuf, String), DiffError> {
    let top = PathBuf::from(git(root, &["rev-parse", "--show-toplevel"])?.trim());
    let prefix = git(root, &["rev-parse", "--show-prefix"])?
        .trim()
        .trim_end_matches('/')
        .to_string();
    Ok((top, prefix))
}

/// Files changed against `base` (committed, staged, unstaged and untracked), relative to the
/// scan root.
pub fn changed_files(root: &Path, base: &str) -> Result<BTreeSet<String>, DiffError> {
    let mut files = BTreeSet::new();
    let diff = git(root, &["diff", "--name-only", "--relative", base])?;
    let untracked = git(root, &["ls-files", "--others", "--exclude-standard"])?;
    for line in diff.lines().chain(untracked.lines()) {
        if !line.is_empty() {
            files.insert(line.to_string());
        }
    }
    Ok(files)
}

fn dir_of(path: &str) -> &str {
    path.rsplit_once('/').map(|(d, _)| d).unwrap_or(".")
}

/// True when a document's unit contains a changed file: for Terraform, any file of the root
/// module or of a child module it evaluated; for every other kind, its own file.
pub fn touched(document: &Document, changed: &BTreeSet<String>) -> bool {
    match document.kind {
        Kind::Terraform => {
            let mut dirs: BTreeSet<&str> = BTreeSet::from([document.path.as_str()]);
            for r in document.input["resources"].as_array().into_iter().flatten() {
                if let Some(f) = r["file"].as_str() {
                    dirs.insert(dir_of(f));
                }
            }
            changed.iter().any(|c| {
                let d = dir_of(c);
                (c.ends_with(".tf") || c.ends_with(".tfvars")) && dirs.contains(d)
            }) || changed.contains(&document.file)
        }
        Kind::Repository => false,
        _ => changed.contains(&document.file) || changed.contains(&document.path),
    }
}

/// Writes the base revision of the files of the touched units into `dir`, keeping their paths
/// relative to the scan root.
pub fn materialize_base(
    root: &Path,
    base: &str,
    documents: &[&Document],
    dir: &Path,
) -> Result<(), DiffError> {
    let (_, prefix) = locate(root)?;
    let mut wanted_dirs = BTreeSet::new();
    let mut wanted_files = BTreeSet::new();
    for d in documents {
        match d.kind {
            Kind::Terraform => {
                wanted_dirs.insert(d.path.clone());
                for r in d.input["resources"].as_array().into_iter().flatten() {
                    if let Some(f) = r["file"].as_str() {
                        wanted_dirs.insert(dir_of(f).to_string());
                    }
                }
            }
            _ => {
                wanted_files.insert(d.file.clone());
            }
        }
    }
    let in_repo = |rel: &str| {
        if prefix.is_empty() {
            rel.to_string()
        } else if rel == "." {
            prefix.clone()
        } else {
            format!("{prefix}/{rel}")
        }
    };
    for rel_dir in &wanted_dirs {
        let listing = git(
            root,
            &[
                "ls-tree",
                "--name-only",
                &format!("{base}:{}", in_repo(rel_dir)),
            ],
        )
        .unwrap_or_default();
        for name in listing
            .lines()
            .filter(|n| n.ends_with(".tf") || n.ends_with(".tfvars"))
        {
            let rel = if rel_dir == "." {
                name.to_string()
            } else {
                format!("{rel_dir}/{name}")
            };
            wanted_files.insert(rel);
        }
    }
    for rel in wanted_files {
        // A file the change added has no base version: the unit is new.
        let Ok(content) = git(root, &["show", &format!("{base}:{}", in_repo(&rel))]) else {
            continue;
        };
        let target = dir.join(&rel);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| DiffError(e.to_string()))?;
        }
        std::fs::write(&target, content).map_err(|e| DiffError(e.to_string()))?;
    }
    Ok(())
}

/// Findings whose fingerprint the base revision did not have.
pub fn new_findings(current: Vec<Finding>, base: &[Finding]) -> Vec<Finding> {
    let known: BTreeSet<&str> = base.iter().map(|f| f.fingerprint.as_str()).collect();
    current
        .into_iter()
        .filter(|f| !known.contains(f.fingerprint.as_str()))
        .collect()
}
