//! An image's filesystem, built from its layers in order without extracting anything to disk:
//! entry metadata, whiteouts applied, and the few file contents policies need (os-release,
//! package databases, whether a file is a private key or a credential file).
//!
//! Hostile layers are contained: entries with absolute paths or `..` are refused and reported,
//! links pointing outside the image root are reported (they are never followed), and a layer
//! that expands beyond the limit stops with an error naming it.

use std::collections::BTreeMap;
use std::io::{self, BufRead, BufReader, Read};

/// Bounds on what one image may expand to.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Uncompressed bytes of all layers together.
    pub max_expanded_bytes: u64,
    /// Entries of all layers together.
    pub max_entries: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_expanded_bytes: 8 * 1024 * 1024 * 1024,
            max_entries: 2_000_000,
        }
    }
}

/// What kind of entry a path is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    File,
    Dir,
    Symlink,
    Hardlink,
    Other,
}

/// What the scanner keeps of one path.
#[derive(Debug, Clone)]
pub struct Entry {
    pub kind: EntryKind,
    pub mode: u32,
    pub size: u64,
    pub layer: usize,
    /// Content of the files policies read (os-release, package databases, small configs).
    pub content: Option<Vec<u8>>,
    pub private_key: bool,
    pub credential: Option<&'static str>,
}

/// Files whose content is kept, and how much of it at most.
fn capture_limit(path: &str) -> Option<u64> {
    match path {
        "etc/os-release" | "usr/lib/os-release" => Some(64 * 1024),
        "var/lib/dpkg/status" | "lib/apk/db/installed" => Some(64 * 1024 * 1024),
        "var/lib/rpm/rpmdb.sqlite" | "usr/lib/sysimage/rpm/rpmdb.sqlite" => Some(256 * 1024 * 1024),
        p if p.starts_with("var/lib/dpkg/status.d/") => Some(1024 * 1024),
        p if p.ends_with("/.npmrc") || p == ".npmrc" => Some(64 * 1024),
        _ => None,
    }
}

fn credential_kind(path: &str) -> Option<&'static str> {
    let checks: [(&str, &'static str); 6] = [
        (".aws/credentials", "aws"),
        (".docker/config.json", "docker"),
        ("application_default_credentials.json", "gcloud"),
        (".git-credentials", "git"),
        (".pypirc", "pypi"),
        (".kube/config", "kubernetes"),
    ];
    checks
        .iter()
        .find(|(suffix, _)| path == *suffix || path.ends_with(&format!("/{suffix}")))
        .map(|(_, kind)| *kind)
}

fn may_be_private_key(path: &str, size: u64) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    size <= 64 * 1024
        && (name.ends_with(".pem")
            || name.ends_with(".key")
            || name.starts_with("id_rsa")
            || name.starts_with("id_ecdsa")
            || name.starts_with("id_ed25519")
            || name.starts_with("id_dsa")
            || name.contains("private"))
}

fn starts_private_key(head: &[u8]) -> bool {
    let text = String::from_utf8_lossy(head);
    text.contains("-----BEGIN") && text.contains("PRIVATE KEY-----")
}

/// A layer problem the scanner contained; said as a warning naming the layer.
#[derive(Debug, Clone, PartialEq)]
pub struct Contained {
    pub layer: String,
    pub message: String,
}

/// Why a layer could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LayerError {
    #[error("layer {layer}: expands beyond {limit} bytes (tar/gzip bomb?); refused")]
    TooLarge { layer: String, limit: u64 },
    #[error("layer {layer}: more than {limit} entries; refused")]
    TooManyEntries { layer: String, limit: u64 },
    #[error("layer {layer}: truncated or corrupt: {source}")]
    Corrupt { layer: String, source: io::Error },
}

/// Counts bytes read and fails past a limit.
struct Bounded<R> {
    inner: R,
    read: u64,
    limit: u64,
}

impl<R: Read> Read for Bounded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        if self.read > self.limit {
            return Err(io::Error::other("expanded size limit exceeded"));
        }
        Ok(n)
    }
}

/// Normalizes a tar entry path; `None` for paths that leave the root.
fn normalize(raw: &str) -> Option<String> {
    if raw.starts_with('/') {
        return None;
    }
    let mut parts: Vec<&str> = Vec::new();
    for part in raw.split('/') {
        match part {
            "" | "." => {}
            ".." => return None,
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

/// Whether a link target, seen from `path`, stays inside the image root.
fn link_stays_inside(path: &str, target: &str) -> bool {
    if target.starts_with('/') {
        return true; // absolute links resolve inside the image root
    }
    let mut depth: i64 = path.matches('/').count() as i64;
    for part in target.split('/') {
        match part {
            "" | "." => {}
            ".." => depth -= 1,
            _ => depth += 1,
        }
        if depth < 0 {
            return false;
        }
    }
    true
}

/// The filesystem after the layers applied so far.
#[derive(Debug, Default)]
pub struct FileSystem {
    pub entries: BTreeMap<String, Entry>,
    pub contained: Vec<Contained>,
    expanded: u64,
    entry_count: u64,
    layers: usize,
}

impl FileSystem {
    /// Uncompressed bytes read so far.
    pub fn expanded_bytes(&self) -> u64 {
        self.expanded
    }

    fn remove_tree(&mut self, dir: &str, below_layer: usize) {
        let prefix = format!("{dir}/");
        let doomed: Vec<String> = self
            .entries
            .range(prefix.clone()..)
            .take_while(|(p, _)| p.starts_with(&prefix))
            .filter(|(_, e)| e.layer < below_layer)
            .map(|(p, _)| p.clone())
            .collect();
        for p in doomed {
            self.entries.remove(&p);
        }
    }

    /// Applies one layer (a tar stream, gzip- or zstd-compressed or not). Returns the layer's
    /// uncompressed size.
    pub fn apply_layer(
        &mut self,
        name: &str,
        reader: impl Read,
        limits: &Limits,
    ) -> Result<u64, LayerError> {
        let layer = self.layers;
        self.layers += 1;
        let mut buffered = BufReader::with_capacity(256 * 1024, reader);
        let magic = buffered
            .fill_buf()
            .map(|b| b.get(..4).map(<[u8]>::to_vec))
            .map_err(|e| LayerError::Corrupt {
                layer: name.to_string(),
                source: e,
            })?;
        let decompressed: Box<dyn Read> = match magic.as_deref() {
            Some([0x1f, 0x8b, ..]) => Box::new(flate2::read::MultiGzDecoder::new(buffered)),
            Some([0x28, 0xb5, 0x2f, 0xfd]) => {
                Box::new(zstd::stream::read::Decoder::new(buffered).map_err(|e| {
                    LayerError::Corrupt {
                        layer: name.to_string(),
                        source: e,
                    }
                })?)
            }
            _ => Box::new(buffered),
        };
        let remaining = limits.max_expanded_bytes.saturating_sub(self.expanded);
        let mut bounded = Bounded {
            inner: decompressed,
            read: 0,
            limit: remaining,
        };
        let mut result = self.read_entries(name, layer, &mut bounded, limits);
        if result.is_ok() {
            // The end-of-archive blocks and any padding count towards the layer's size too.
            if let Err(e) = io::copy(&mut bounded, &mut io::sink()) {
                result = Err(LayerError::Corrupt {
                    layer: name.to_string(),
                    source: e,
                });
            }
        }
        self.expanded += bounded.read;
        match result {
            Err(LayerError::Corrupt { source, .. }) if bounded.read > remaining => {
                let _ = source;
                Err(LayerError::TooLarge {
                    layer: name.to_string(),
                    limit: limits.max_expanded_bytes,
                })
            }
            other => other.map(|_| bounded.read),
        }
    }

    fn read_entries(
        &mut self,
        name: &str,
        layer: usize,
        reader: &mut impl Read,
        limits: &Limits,
    ) -> Result<(), LayerError> {
        let corrupt = |e: io::Error| LayerError::Corrupt {
            layer: name.to_string(),
            source: e,
        };
        let mut archive = tar::Archive::new(reader);
        for entry in archive.entries().map_err(corrupt)? {
            let mut entry = entry.map_err(corrupt)?;
            self.entry_count += 1;
            if self.entry_count > limits.max_entries {
                return Err(LayerError::TooManyEntries {
                    layer: name.to_string(),
                    limit: limits.max_entries,
                });
            }
            let raw = String::from_utf8_lossy(&entry.path_bytes()).to_string();
            let Some(path) = normalize(&raw) else {
                self.contained.push(Contained {
                    layer: name.to_string(),
                    message: format!("entry `{raw}` leaves the image root; ignored"),
                });
                continue;
            };
            if path.is_empty() {
                continue;
            }
            let (dir, file) = match path.rsplit_once('/') {
                Some((d, f)) => (d.to_string(), f.to_string()),
                None => (String::new(), path.clone()),
            };
            if file == ".wh..wh..opq" {
                self.remove_tree(&dir, layer);
                continue;
            }
            if let Some(hidden) = file.strip_prefix(".wh.") {
                let target = if dir.is_empty() {
                    hidden.to_string()
                } else {
                    format!("{dir}/{hidden}")
                };
                self.entries.remove(&target);
                self.remove_tree(&target, usize::MAX);
                continue;
            }
            let header = entry.header();
            let mode = header.mode().unwrap_or(0);
            let size = header.size().unwrap_or(0);
            let kind = match header.entry_type() {
                tar::EntryType::Regular
                | tar::EntryType::Continuous
                | tar::EntryType::GNUSparse => EntryKind::File,
                tar::EntryType::Directory => EntryKind::Dir,
                tar::EntryType::Symlink => EntryKind::Symlink,
                tar::EntryType::Link => EntryKind::Hardlink,
                _ => EntryKind::Other,
            };
            if matches!(kind, EntryKind::Symlink | EntryKind::Hardlink) {
                let target = entry
                    .link_name_bytes()
                    .map(|b| String::from_utf8_lossy(&b).to_string())
                    .unwrap_or_default();
                let inside = if kind == EntryKind::Hardlink {
                    normalize(&target).is_some()
                } else {
                    link_stays_inside(&path, &target)
                };
                if !inside {
                    self.contained.push(Contained {
                        layer: name.to_string(),
                        message: format!("link `{path}` → `{target}` points outside the image root; not followed"),
                    });
                }
            }
            let mut record = Entry {
                kind,
                mode,
                size,
                layer,
                content: None,
                private_key: false,
                credential: None,
            };
            if kind == EntryKind::File {
                record.credential = credential_kind(&path);
                if capture_limit(&path).is_some_and(|l| size <= l) {
                    let mut content = Vec::with_capacity(size as usize);
                    entry.read_to_end(&mut content).map_err(corrupt)?;
                    record.content = Some(content);
                } else if may_be_private_key(&path, size) {
                    let mut head = vec![0u8; 128.min(size as usize)];
                    entry.read_exact(&mut head).map_err(corrupt)?;
                    record.private_key = starts_private_key(&head);
                }
            }
            // A directory entry over an existing directory keeps what is below it.
            self.entries.insert(path, record);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (path, content, mode, type, link target)
    type TarEntry<'a> = (&'a str, &'a [u8], u32, tar::EntryType, Option<&'a str>);

    fn layer(entries: &[TarEntry]) -> Vec<u8> {
        let mut builder = tar::Builder::new(Vec::new());
        for (path, data, mode, kind, link) in entries {
            let mut header = tar::Header::new_gnu();
            header.set_entry_type(*kind);
            header.set_mode(*mode);
            header.set_size(data.len() as u64);
            if let Some(l) = link {
                header.set_link_name(l).unwrap();
            }
            // Raw names so that hostile paths reach the reader unchanged.
            let name = header.as_old_mut();
            name.name[..path.len()].copy_from_slice(path.as_bytes());
            header.set_cksum();
            builder.append(&header, *data).unwrap();
        }
        builder.into_inner().unwrap()
    }

    #[test]
    fn whiteouts_opaque_dirs_and_captures() {
        let mut fs = FileSystem::default();
        let limits = Limits::default();
        let one = layer(&[
            (
                "etc/os-release",
                b"ID=debian\n",
                0o644,
                tar::EntryType::Regular,
                None,
            ),
            ("app/old", b"x", 0o644, tar::EntryType::Regular, None),
            ("cache/a", b"x", 0o644, tar::EntryType::Regular, None),
            (
                "root/.ssh/id_rsa",
                b"-----BEGIN OPENSSH PRIVATE KEY-----\nabc",
                0o600,
                tar::EntryType::Regular,
                None,
            ),
            (
                "usr/bin/passwd",
                b"x",
                0o4755,
                tar::EntryType::Regular,
                None,
            ),
        ]);
        fs.apply_layer("one", &one[..], &limits).unwrap();
        let two = layer(&[
            ("app/.wh.old", b"", 0o644, tar::EntryType::Regular, None),
            (
                "cache/.wh..wh..opq",
                b"",
                0o644,
                tar::EntryType::Regular,
                None,
            ),
            ("cache/b", b"x", 0o644, tar::EntryType::Regular, None),
            (
                "home/u/.aws/credentials",
                b"[default]",
                0o600,
                tar::EntryType::Regular,
                None,
            ),
        ]);
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut gz, &two).unwrap();
        fs.apply_layer("two", &gz.finish().unwrap()[..], &limits)
            .unwrap();
        assert!(!fs.entries.contains_key("app/old"));
        assert!(!fs.entries.contains_key("cache/a"));
        assert!(fs.entries.contains_key("cache/b"));
        assert_eq!(
            fs.entries["etc/os-release"].content.as_deref(),
            Some(&b"ID=debian\n"[..])
        );
        assert!(fs.entries["root/.ssh/id_rsa"].private_key);
        assert_eq!(
            fs.entries["home/u/.aws/credentials"].credential,
            Some("aws")
        );
        assert_eq!(fs.entries["usr/bin/passwd"].mode & 0o4000, 0o4000);
        assert!(fs.contained.is_empty());
    }

    #[test]
    fn zstd_and_plain_layers() {
        let tar = layer(&[(
            "etc/os-release",
            b"ID=alpine\n",
            0o644,
            tar::EntryType::Regular,
            None,
        )]);
        let compressed = zstd::stream::encode_all(&tar[..], 3).unwrap();
        assert_eq!(&compressed[..4], &[0x28, 0xb5, 0x2f, 0xfd]);
        let mut fs = FileSystem::default();
        let size = fs
            .apply_layer("zstd", &compressed[..], &Limits::default())
            .unwrap();
        assert_eq!(size, tar.len() as u64);
        assert!(fs.entries.contains_key("etc/os-release"));
        let mut plain = FileSystem::default();
        plain
            .apply_layer("plain", &tar[..], &Limits::default())
            .unwrap();
        assert!(plain.entries.contains_key("etc/os-release"));
    }

    #[test]
    fn hostile_entries_are_contained() {
        let mut fs = FileSystem::default();
        let bad = layer(&[
            (
                "../../etc/passwd",
                b"x",
                0o644,
                tar::EntryType::Regular,
                None,
            ),
            ("/abs/file", b"x", 0o644, tar::EntryType::Regular, None),
            (
                "a/link",
                b"",
                0o777,
                tar::EntryType::Symlink,
                Some("../../../etc/shadow"),
            ),
            (
                "a/hard",
                b"",
                0o644,
                tar::EntryType::Link,
                Some("../../outside"),
            ),
            ("ok", b"x", 0o644, tar::EntryType::Regular, None),
        ]);
        fs.apply_layer("sha256:bad", &bad[..], &Limits::default())
            .unwrap();
        assert_eq!(fs.contained.len(), 4, "{:?}", fs.contained);
        assert!(fs.contained.iter().all(|c| c.layer == "sha256:bad"));
        assert!(fs.entries.contains_key("ok"));
        assert!(!fs
            .entries
            .keys()
            .any(|k| k.contains("..") || k.starts_with('/')));
    }

    #[test]
    fn bombs_and_truncation_are_refused() {
        let big = layer(&[(
            "big",
            &vec![0u8; 1 << 20],
            0o644,
            tar::EntryType::Regular,
            None,
        )]);
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        std::io::Write::write_all(&mut gz, &big).unwrap();
        let compressed = gz.finish().unwrap();
        assert!(compressed.len() < 10_000);
        let limits = Limits {
            max_expanded_bytes: 100_000,
            max_entries: 100,
        };
        let err = FileSystem::default()
            .apply_layer("bomb", &compressed[..], &limits)
            .unwrap_err();
        assert!(matches!(err, LayerError::TooLarge { .. }), "{err}");
        let truncated = &compressed[..compressed.len() / 2];
        let err = FileSystem::default()
            .apply_layer("cut", truncated, &Limits::default())
            .unwrap_err();
        assert!(
            err.to_string().contains("layer cut: truncated or corrupt"),
            "{err}"
        );
    }
}
