//! Images on disk: OCI image layout directories and `docker save` / skopeo docker-archive
//! tarballs. Blobs are read straight from the layout or the tarball (seeking to each entry),
//! never unpacked.

use super::{Blob, ImageError, Loaded};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

/// `sha256:<64 hex>` only: a digest is used to build a path, so anything else is refused.
pub fn checked_digest(digest: &str) -> Option<(&str, &str)> {
    let (algorithm, hex) = digest.split_once(':')?;
    let ok = matches!(algorithm, "sha256" | "sha512")
        && !hex.is_empty()
        && hex.len() <= 128
        && hex.bytes().all(|b| b.is_ascii_hexdigit());
    ok.then_some((algorithm, hex))
}

fn json_file(path: &Path) -> Result<Value, ImageError> {
    let text =
        std::fs::read(path).map_err(|e| ImageError::Read(format!("{}: {e}", path.display())))?;
    serde_json::from_slice(&text)
        .map_err(|e| ImageError::Format(format!("{}: {e}", path.display())))
}

/// True for a directory holding an OCI image layout.
pub fn is_layout(dir: &Path) -> bool {
    dir.join("oci-layout").is_file() && dir.join("index.json").is_file()
}

/// Picks a manifest from an index: the one tagged `tag`, else the one for `platform`, else the first.
pub fn pick_manifest<'a>(index: &'a Value, tag: Option<&str>, platform: &str) -> Option<&'a Value> {
    let manifests = index.get("manifests")?.as_array()?;
    if let Some(tag) = tag {
        return manifests.iter().find(|m| {
            m.pointer("/annotations/org.opencontainers.image.ref.name")
                .and_then(Value::as_str)
                == Some(tag)
        });
    }
    let (os, arch) = platform.split_once('/').unwrap_or(("linux", "amd64"));
    manifests
        .iter()
        .find(|m| {
            m.pointer("/platform/os").and_then(Value::as_str) == Some(os)
                && m.pointer("/platform/architecture").and_then(Value::as_str) == Some(arch)
        })
        .or_else(|| manifests.first())
}

fn blob_path(layout: &Path, digest: &str) -> Result<PathBuf, ImageError> {
    let (algorithm, hex) = checked_digest(digest)
        .ok_or_else(|| ImageError::Format(format!("invalid digest `{digest}`")))?;
    Ok(layout.join("blobs").join(algorithm).join(hex))
}

/// Loads an OCI layout directory.
pub fn layout(
    dir: &Path,
    tag: Option<&str>,
    platform: &str,
    reference: &str,
) -> Result<Loaded, ImageError> {
    let index = json_file(&dir.join("index.json"))?;
    let mut descriptor = pick_manifest(&index, tag, platform)
        .ok_or_else(|| {
            ImageError::Format(format!(
                "{}: no manifest{}",
                dir.display(),
                tag.map(|t| format!(" tagged {t}")).unwrap_or_default()
            ))
        })?
        .clone();
    // A nested index (multi-platform image): pick the platform.
    for _ in 0..4 {
        let media = descriptor
            .get("mediaType")
            .and_then(Value::as_str)
            .unwrap_or_default();
        if !media.contains("index") && !media.contains("manifest.list") {
            break;
        }
        let digest = descriptor
            .get("digest")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let nested = json_file(&blob_path(dir, digest)?)?;
        descriptor = pick_manifest(&nested, None, platform)
            .ok_or_else(|| ImageError::Format(format!("no manifest for {platform}")))?
            .clone();
    }
    let manifest_digest = descriptor
        .get("digest")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let manifest_path = blob_path(dir, &manifest_digest)?;
    super::verify(
        &Blob::File(manifest_path.clone()),
        &manifest_digest,
        "manifest",
    )?;
    let manifest = json_file(&manifest_path)?;
    let config_digest = manifest
        .pointer("/config/digest")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let config_path = blob_path(dir, &config_digest)?;
    super::verify(&Blob::File(config_path.clone()), &config_digest, "config")?;
    let config = json_file(&config_path)?;
    let mut layers = Vec::new();
    for layer in manifest
        .get("layers")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let digest = layer
            .get("digest")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        layers.push(super::LayerBlob {
            blob: Blob::File(blob_path(dir, &digest)?),
            digest: digest.clone(),
            verify_digest: Some(digest),
            media_type: layer
                .get("mediaType")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string(),
            compressed_size: layer.get("size").and_then(Value::as_u64).unwrap_or(0),
        });
    }
    let mut annotations = manifest.get("annotations").cloned().unwrap_or(Value::Null);
    if annotations.is_null() {
        annotations = descriptor
            .get("annotations")
            .cloned()
            .unwrap_or(Value::Null);
    }
    // The name the layout saved the image under: a full reference, or only a tag.
    let ref_name = descriptor
        .pointer("/annotations/org.opencontainers.image.ref.name")
        .and_then(Value::as_str)
        .map(str::to_string)
        .or_else(|| tag.map(str::to_string));
    let reference_ref = Some(match &ref_name {
        Some(name) if name.contains('/') => crate::sources::reference::parse_reference(name),
        other => {
            serde_json::json!({"registry": null, "repository": null, "tag": other, "digest": null})
        }
    });
    Ok(Loaded {
        reference: reference.to_string(),
        reference_ref,
        digest: Some(manifest_digest),
        config,
        annotations,
        layers,
    })
}

/// Where each entry of a tarball starts and how long it is.
fn tar_index(path: &Path) -> Result<BTreeMap<String, (u64, u64)>, ImageError> {
    let file =
        File::open(path).map_err(|e| ImageError::Read(format!("{}: {e}", path.display())))?;
    let mut archive = tar::Archive::new(file);
    let mut index = BTreeMap::new();
    let entries = archive
        .entries_with_seek()
        .map_err(|e| ImageError::Format(format!("{}: not a tar archive: {e}", path.display())))?;
    for entry in entries {
        let entry = entry.map_err(|e| ImageError::Format(format!("{}: {e}", path.display())))?;
        let name = String::from_utf8_lossy(&entry.path_bytes())
            .trim_start_matches("./")
            .to_string();
        index.insert(name, (entry.raw_file_position(), entry.size()));
    }
    Ok(index)
}

fn read_entry(path: &Path, (offset, size): (u64, u64)) -> Result<Vec<u8>, ImageError> {
    let mut file = File::open(path).map_err(|e| ImageError::Read(e.to_string()))?;
    file.seek(SeekFrom::Start(offset))
        .map_err(|e| ImageError::Read(e.to_string()))?;
    let mut out = Vec::new();
    file.take(size.min(64 * 1024 * 1024))
        .read_to_end(&mut out)
        .map_err(|e| ImageError::Read(e.to_string()))?;
    Ok(out)
}

/// Loads a docker-archive tarball (`docker save`, `skopeo copy … docker-archive:`).
pub fn docker_archive(path: &Path, reference: &str) -> Result<Loaded, ImageError> {
    let index = tar_index(path)?;
    let entry = |name: &str| {
        index
            .get(name.trim_start_matches("./"))
            .copied()
            .ok_or_else(|| {
                ImageError::Format(format!("{}: no `{name}` in the archive", path.display()))
            })
    };
    let manifest: Value = serde_json::from_slice(&read_entry(path, entry("manifest.json")?)?)
        .map_err(|e| ImageError::Format(format!("manifest.json: {e}")))?;
    let first = manifest
        .as_array()
        .and_then(|m| m.first())
        .ok_or_else(|| ImageError::Format("manifest.json lists no image".to_string()))?;
    let config_name = first
        .get("Config")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let config: Value = serde_json::from_slice(&read_entry(path, entry(config_name)?)?)
        .map_err(|e| ImageError::Format(format!("{config_name}: {e}")))?;
    let diff_ids: Vec<String> = config
        .pointer("/rootfs/diff_ids")
        .and_then(Value::as_array)
        .map(|d| {
            d.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let mut layers = Vec::new();
    for (i, name) in first
        .get("Layers")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .enumerate()
    {
        let (offset, size) = entry(name)?;
        // `blobs/sha256/<hex>` names the blob's own digest; `<id>/layer.tar` is uncompressed and
        // matches the config's diff_id.
        let named = name
            .strip_prefix("blobs/")
            .map(|rest| rest.replacen('/', ":", 1));
        let verify_digest = named
            .filter(|d| checked_digest(d).is_some())
            .or_else(|| diff_ids.get(i).cloned());
        layers.push(super::LayerBlob {
            blob: Blob::Range(path.to_path_buf(), offset, size),
            digest: verify_digest.clone().unwrap_or_else(|| name.to_string()),
            verify_digest,
            media_type: "application/vnd.docker.image.rootfs.diff.tar".to_string(),
            compressed_size: size,
        });
    }
    let tag = first
        .get("RepoTags")
        .and_then(Value::as_array)
        .and_then(|t| t.first())
        .and_then(Value::as_str)
        .map(str::to_string);
    Ok(Loaded {
        reference_ref: tag
            .as_deref()
            .map(crate::sources::reference::parse_reference),
        reference: tag.unwrap_or_else(|| reference.to_string()),
        digest: None,
        config,
        annotations: Value::Null,
        layers,
    })
}
