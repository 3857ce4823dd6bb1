//! Hostile and mangled input never panics the scanner: every fixture file of every kind, cut
//! short and with bytes flipped at many places, is parsed and evaluated in-process.

use std::fs;
use std::path::{Path, PathBuf};
use tollgate::engine::{self, Engine};
use tollgate::sources::{self, DiscoverOptions};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() && !path.ends_with("layout") {
            files(&path, out);
        } else if path.is_file()
            && fs::metadata(&path)
                .map(|m| m.len() < 64 * 1024)
                .unwrap_or(false)
        {
            out.push(path);
        }
    }
}

/// A small deterministic generator, so a failure reproduces.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[test]
fn mangled_inputs_of_every_kind_do_not_panic() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut inputs = Vec::new();
    for kind in [
        "terraform",
        "cloudformation",
        "kubernetes",
        "dockerfile",
        "compose",
        "pipeline",
    ] {
        files(&root.join(kind), &mut inputs);
    }
    inputs.sort();
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Lcg(42);
    // Every 3rd fixture file, mangled three ways, keeping its name so it is parsed as its kind.
    for (i, path) in inputs.iter().step_by(3).enumerate() {
        let bytes = fs::read(path).unwrap();
        let rel = path.strip_prefix(&root).unwrap();
        for variant in 0..3 {
            let mut mangled = bytes.clone();
            match variant {
                0 => mangled.truncate((rng.next() as usize) % (bytes.len() + 1)),
                1 => {
                    for _ in 0..8 {
                        if !mangled.is_empty() {
                            let at = (rng.next() as usize) % mangled.len();
                            mangled[at] = b"{}[]()\"'\\\n:#$!&*|<>=-"[(rng.next() as usize) % 21];
                        }
                    }
                }
                _ => {
                    let at = (rng.next() as usize) % (bytes.len() + 1);
                    let cut = bytes[at..].to_vec();
                    mangled.truncate(at / 2);
                    mangled.extend(cut);
                }
            }
            let target = dir.path().join(format!("{i}-{variant}")).join(rel);
            fs::create_dir_all(target.parent().unwrap()).unwrap();
            fs::write(target, mangled).unwrap();
        }
    }
    let data = engine::data::organization(Vec::new()).unwrap();
    let engine = Engine::load(&engine::builtin_sources(), data).unwrap();
    let inventory = sources::discover(dir.path(), &DiscoverOptions::default()).unwrap();
    let loaded = sources::load(&inventory);
    let evaluation = engine.evaluate(&loaded.documents);
    // Reaching this point is the assertion; make sure the input was substantial.
    assert!(
        loaded.documents.len() + loaded.diagnostics.len() > 300,
        "{} documents, {} diagnostics",
        loaded.documents.len(),
        loaded.diagnostics.len()
    );
    let policy_errors: Vec<&str> = evaluation
        .diagnostics
        .iter()
        .map(|d| d.message.as_str())
        .collect();
    assert!(
        policy_errors.is_empty(),
        "policies failed on mangled input: {policy_errors:#?}"
    );
}
