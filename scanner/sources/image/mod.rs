//! Container images to documents: the image configuration and its filesystem, read layer by
//! layer from a docker-archive tarball, an OCI layout or an OCI registry.

pub mod fs;
pub mod local;
pub mod packages;
pub mod registry;

use super::reference as reference_parts;
use super::secrets;
use crate::model::{Diagnostic, Document, Kind, Location, Region, ResourceSpans, SourceMap};
use fs::{EntryKind, FileSystem, Limits};
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256, Sha512};
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

/// Why an image could not be scanned.
#[derive(Debug, thiserror::Error)]
pub enum ImageError {
    #[error("{0}")]
    Read(String),
    #[error("{0}")]
    Format(String),
    #[error("{what} {digest}: digest mismatch (content hashes to {actual}); refused")]
    DigestMismatch {
        what: String,
        digest: String,
        actual: String,
    },
    #[error("{0}")]
    Layer(#[from] fs::LayerError),
    #[error("registry: {0}")]
    Registry(String),
}

/// Where a blob's bytes are.
pub enum Blob {
    File(PathBuf),
    /// A byte range of a file (an entry of a tarball).
    Range(PathBuf, u64, u64),
    /// Downloaded from a registry into a temporary file.
    Temp(tempfile::NamedTempFile),
}

impl Blob {
    fn open(&self) -> std::io::Result<Box<dyn Read + '_>> {
        Ok(match self {
            Blob::File(p) => Box::new(File::open(p)?),
            Blob::Range(p, offset, size) => {
                let mut f = File::open(p)?;
                f.seek(SeekFrom::Start(*offset))?;
                Box::new(f.take(*size))
            }
            Blob::Temp(t) => Box::new(File::open(t.path())?),
        })
    }
}

/// A layer and how to check it.
pub struct LayerBlob {
    pub blob: Blob,
    pub digest: String,
    /// The digest the blob's bytes must hash to, when known.
    pub verify_digest: Option<String>,
    pub media_type: String,
    pub compressed_size: u64,
}

/// An image's metadata and layers, before its filesystem is read.
pub struct Loaded {
    pub reference: String,
    /// Registry, repository, tag and digest of the reference, when they are not simply the
    /// parts of `reference` (a local layout has only the tag it was saved under).
    pub reference_ref: Option<Value>,
    pub digest: Option<String>,
    pub config: Value,
    pub annotations: Value,
    pub layers: Vec<LayerBlob>,
}

/// Checks that a blob hashes to its digest, reading it once.
pub fn verify(blob: &Blob, digest: &str, what: &str) -> Result<(), ImageError> {
    let Some((algorithm, expected)) = local::checked_digest(digest) else {
        return Err(ImageError::Format(format!(
            "{what}: invalid digest `{digest}`"
        )));
    };
    let mut reader = blob
        .open()
        .map_err(|e| ImageError::Read(format!("{what} {digest}: {e}")))?;
    let mut buffer = vec![0u8; 256 * 1024];
    let actual = {
        let mut sha256 = Sha256::new();
        let mut sha512 = Sha512::new();
        loop {
            let n = reader
                .read(&mut buffer)
                .map_err(|e| ImageError::Read(format!("{what} {digest}: truncated: {e}")))?;
            if n == 0 {
                break;
            }
            if algorithm == "sha256" {
                sha256.update(&buffer[..n]);
            } else {
                sha512.update(&buffer[..n]);
            }
        }
        let bytes: Vec<u8> = if algorithm == "sha256" {
            sha256.finalize().to_vec()
        } else {
            sha512.finalize().to_vec()
        };
        bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
    };
    if actual != expected.to_ascii_lowercase() {
        return Err(ImageError::DigestMismatch {
            what: what.to_string(),
            digest: digest.to_string(),
            actual: format!("{algorithm}:{actual}"),
        });
    }
    Ok(())
}

/// Options for reading images.
#[derive(Debug, Clone)]
pub struct ImageOptions {
    pub limits: Limits,
    pub platform: String,
    pub insecure_registries: Vec<String>,
}

impl Default for ImageOptions {
    fn default() -> Self {
        ImageOptions {
            limits: Limits::default(),
            platform: "linux/amd64".to_string(),
            insecure_registries: Vec::new(),
        }
    }
}

/// Loads and reads an image given as `oci:DIR[:TAG]`, a tarball path, a layout directory or a
/// registry reference.
pub fn scan_reference(
    reference: &str,
    options: &ImageOptions,
) -> Result<(Document, Vec<Diagnostic>), ImageError> {
    let loaded = if let Some(rest) = reference.strip_prefix("oci:") {
        let (dir, tag) = match rest.rsplit_once(':') {
            Some((d, t)) if Path::new(d).is_dir() => (d, Some(t)),
            _ => (rest, None),
        };
        local::layout(Path::new(dir), tag, &options.platform, reference)?
    } else if Path::new(reference).is_dir() && local::is_layout(Path::new(reference)) {
        local::layout(Path::new(reference), None, &options.platform, reference)?
    } else if Path::new(reference).is_file() {
        local::docker_archive(Path::new(reference), reference)?
    } else {
        registry::pull(reference, options)?
    };
    read(loaded, options)
}

/// Reads every layer into the filesystem and builds the document.
pub fn read(
    loaded: Loaded,
    options: &ImageOptions,
) -> Result<(Document, Vec<Diagnostic>), ImageError> {
    let mut filesystem = FileSystem::default();
    let mut layer_values = Vec::new();
    for layer in &loaded.layers {
        if let Some(digest) = &layer.verify_digest {
            verify(&layer.blob, digest, &format!("layer {}", layer.digest))?;
        }
        let reader = layer
            .blob
            .open()
            .map_err(|e| ImageError::Read(format!("layer {}: {e}", layer.digest)))?;
        let size = filesystem.apply_layer(&layer.digest, reader, &options.limits)?;
        layer_values.push(json!({
            "digest": layer.digest,
            "size": size,
            "compressed_size": layer.compressed_size,
            "media_type": layer.media_type,
        }));
    }
    let diagnostics = filesystem
        .contained
        .iter()
        .map(|c| {
            Diagnostic::warning(
                "hostile-layer",
                &loaded.reference,
                format!("layer {}: {}", c.layer, c.message),
            )
        })
        .collect();
    Ok((document(&loaded, &filesystem, layer_values), diagnostics))
}

fn base_image(config: &Value, annotations: &Value) -> Value {
    let label = |name: &str| {
        annotations
            .get(name)
            .or_else(|| config.pointer(&format!("/config/Labels/{}", name.replace('/', "~1"))))
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    match label("org.opencontainers.image.base.name") {
        Some(name) => {
            let mut base = reference_parts::parse_reference(&name);
            base["name"] = json!(name);
            if let Some(d) = label("org.opencontainers.image.base.digest") {
                base["digest"] = json!(d);
            }
            base
        }
        None => Value::Null,
    }
}

fn files(filesystem: &FileSystem) -> Value {
    let mut setuid = Vec::new();
    let mut world_writable = Vec::new();
    let mut private_keys = Vec::new();
    let mut credentials = Vec::new();
    let mut env_files = Vec::new();
    let mut caches: std::collections::BTreeMap<(&str, &str), usize> =
        std::collections::BTreeMap::new();
    let cache_dirs = [
        ("var/lib/apt/lists/", "apt"),
        ("var/cache/apt/archives/", "apt"),
        ("var/cache/apk/", "apk"),
        ("var/cache/yum/", "yum"),
        ("var/cache/dnf/", "dnf"),
        ("root/.cache/pip/", "pip"),
        ("root/.npm/_cacache/", "npm"),
    ];
    for (path, entry) in &filesystem.entries {
        let absolute = format!("/{path}");
        let mode = entry.mode;
        if entry.kind == EntryKind::File {
            if mode & 0o6000 != 0 {
                setuid.push(json!({"path": absolute, "mode": format!("{:o}", mode & 0o7777), "setgid": mode & 0o2000 != 0}));
            }
            if entry.private_key {
                private_keys.push(json!({"path": absolute}));
            }
            let npm_token = path.ends_with(".npmrc")
                && entry.content.as_deref().is_some_and(|c| {
                    let t = String::from_utf8_lossy(c);
                    t.contains("_authToken") || t.contains("_auth=")
                });
            if let Some(kind) = entry.credential.or(npm_token.then_some("npm")) {
                credentials.push(json!({"path": absolute, "kind": kind}));
            }
            let name = path.rsplit('/').next().unwrap_or(path);
            if name == ".env" || (name.ends_with(".env") && name.len() > 4) {
                env_files.push(json!({"path": absolute}));
            }
            for (prefix, manager) in cache_dirs {
                if path.starts_with(prefix)
                    && !path.ends_with("/lock")
                    && !path.contains("/partial/")
                {
                    *caches
                        .entry((prefix.trim_end_matches('/'), manager))
                        .or_default() += 1;
                }
            }
        }
        let sticky = mode & 0o1000 != 0;
        if mode & 0o002 != 0 && matches!(entry.kind, EntryKind::File | EntryKind::Dir) && !sticky {
            world_writable.push(json!({
                "path": absolute,
                "mode": format!("{:04o}", mode & 0o7777),
                "type": if entry.kind == EntryKind::Dir { "dir" } else { "file" },
            }));
        }
    }
    json!({
        "setuid": setuid,
        "world_writable": world_writable,
        "private_keys": private_keys,
        "credentials": credentials,
        "env_files": env_files,
        "package_caches": caches.into_iter().map(|((path, manager), files)| json!({"path": format!("/{path}"), "manager": manager, "files": files})).collect::<Vec<_>>(),
    })
}

fn installed_packages(filesystem: &FileSystem) -> Vec<Value> {
    let mut out = Vec::new();
    let content = |p: &str| filesystem.entries.get(p).and_then(|e| e.content.as_deref());
    let mut add = |list: Vec<(String, String)>, manager: &str| {
        out.extend(
            list.into_iter()
                .map(|(n, v)| json!({"name": n, "version": v, "manager": manager})),
        );
    };
    if let Some(c) = content("var/lib/dpkg/status") {
        add(packages::dpkg(&String::from_utf8_lossy(c)), "dpkg");
    }
    for (path, entry) in filesystem
        .entries
        .range("var/lib/dpkg/status.d/".to_string()..)
    {
        if !path.starts_with("var/lib/dpkg/status.d/") {
            break;
        }
        if let Some(c) = &entry.content {
            add(packages::dpkg(&String::from_utf8_lossy(c)), "dpkg");
        }
    }
    if let Some(c) = content("lib/apk/db/installed") {
        add(packages::apk(&String::from_utf8_lossy(c)), "apk");
    }
    for p in [
        "var/lib/rpm/rpmdb.sqlite",
        "usr/lib/sysimage/rpm/rpmdb.sqlite",
    ] {
        if let Some(c) = content(p) {
            add(packages::rpm_sqlite(c), "rpm");
        }
    }
    out
}

fn document(loaded: &Loaded, filesystem: &FileSystem, layers: Vec<Value>) -> Document {
    let config = &loaded.config;
    let c = config.get("config").cloned().unwrap_or(Value::Null);
    let env: Vec<Value> = c
        .get("Env")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            json!({"name": name, "value": secrets::mask(value), "secret_value": secrets::secret_value(value)})
        })
        .collect();
    let mut exposed: Vec<String> = c
        .get("ExposedPorts")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    exposed.sort();
    let healthcheck = c
        .get("Healthcheck")
        .filter(|h| h.is_object())
        .map(|h| json!({"test": h.get("Test").cloned().unwrap_or(Value::Null)}))
        .unwrap_or(Value::Null);
    let history: Vec<Value> = config
        .get("history")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|h| json!({"created_by": h.get("created_by"), "empty_layer": h.get("empty_layer").and_then(Value::as_bool).unwrap_or(false)}))
        .collect();
    let os = ["etc/os-release", "usr/lib/os-release"]
        .iter()
        .find_map(|p| {
            filesystem
                .entries
                .get(*p)
                .and_then(|e| e.content.as_deref())
        })
        .map(|text| {
            let fields = packages::os_release(&String::from_utf8_lossy(text));
            json!({
                "id": fields.get("id"),
                "version_id": fields.get("version_id"),
                "pretty_name": fields.get("pretty_name"),
            })
        })
        .unwrap_or(Value::Null);
    let size: u64 = layers.iter().filter_map(|l| l["size"].as_u64()).sum();
    let labels = c
        .get("Labels")
        .cloned()
        .filter(|l| l.is_object())
        .unwrap_or_else(|| json!({}));
    let image = json!({
        "reference": loaded.reference,
        "reference_ref": loaded.reference_ref.clone().unwrap_or_else(|| reference_parts::parse_reference(&loaded.reference)),
        "digest": loaded.digest,
        "config": {
            "user": c.get("User").and_then(Value::as_str).unwrap_or(""),
            "entrypoint": c.get("Entrypoint"),
            "cmd": c.get("Cmd"),
            "working_dir": c.get("WorkingDir"),
            "env": env,
            "exposed_ports": exposed,
            "healthcheck": healthcheck,
            "labels": labels,
            "created": config.get("created"),
            "history": history,
        },
        "base": base_image(config, &loaded.annotations),
        "os": os,
        "packages": installed_packages(filesystem),
        "files": files(filesystem),
        "layers": layers,
        "size": size,
        "layer_count": loaded.layers.len(),
    });
    let mut source_map = SourceMap::default();
    source_map.resources.insert(
        "image".to_string(),
        ResourceSpans {
            location: Some(Location {
                file: loaded.reference.clone(),
                region: Region {
                    start_line: 1,
                    start_column: 1,
                    end_line: 1,
                    end_column: 1,
                },
            }),
            attributes: Default::default(),
        },
    );
    let mut resource = Map::new();
    resource.insert("address".into(), json!("image"));
    resource.insert("type".into(), json!("image"));
    resource.insert("name".into(), json!(loaded.reference));
    resource.insert("file".into(), json!(loaded.reference));
    resource.insert("attributes".into(), image.clone());
    Document {
        kind: Kind::Image,
        path: loaded.reference.clone(),
        file: loaded.reference.clone(),
        input: json!({"kind": "image", "path": loaded.reference, "resources": [resource], "image": image}),
        source_map,
        suppressions: Vec::new(),
    }
}
