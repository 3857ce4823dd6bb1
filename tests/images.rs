//! Container images end to end: hostile layers in OCI layouts built by the test, and the three
//! input forms — a real registry (Debian's docker-registry with htpasswd auth, images built with
//! umoci and pushed with skopeo), an OCI layout and a docker-archive tarball — giving the same
//! findings.

mod common;

use common::*;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};

fn sha256(bytes: &[u8]) -> String {
    format!(
        "sha256:{}",
        Sha256::digest(bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    )
}

fn write_blob(layout: &Path, bytes: &[u8]) -> String {
    let digest = sha256(bytes);
    let dir = layout.join("blobs/sha256");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join(&digest[7..]), bytes).unwrap();
    digest
}

/// (path, content, mode, type, link target)
type TarEntry<'a> = (&'a str, &'a [u8], u32, tar::EntryType, Option<&'a str>);

/// A tar layer whose entry names are written raw, so hostile names reach the scanner intact.
fn tar_layer(entries: &[TarEntry]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for (path, data, mode, kind, link) in entries {
        let mut header = tar::Header::new_gnu();
        header.set_entry_type(*kind);
        header.set_mode(*mode);
        header.set_size(data.len() as u64);
        if let Some(l) = link {
            header.set_link_name(l).unwrap();
        }
        header.as_old_mut().name[..path.len()].copy_from_slice(path.as_bytes());
        header.set_cksum();
        builder.append(&header, *data).unwrap();
    }
    builder.into_inner().unwrap()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

/// Writes an OCI layout with the given (already compressed) layers; returns the layer digests.
fn layout(dir: &Path, config: Value, layers: &[Vec<u8>]) -> Vec<String> {
    fs::create_dir_all(dir).unwrap();
    fs::write(dir.join("oci-layout"), r#"{"imageLayoutVersion":"1.0.0"}"#).unwrap();
    let digests: Vec<String> = layers.iter().map(|l| write_blob(dir, l)).collect();
    let config = serde_json::to_vec(&json!({
        "architecture": "amd64", "os": "linux", "config": config,
        "rootfs": {"type": "layers", "diff_ids": digests},
    }))
    .unwrap();
    let config_digest = write_blob(dir, &config);
    let manifest = serde_json::to_vec(&json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": config_digest, "size": config.len()},
        "layers": layers.iter().zip(&digests).map(|(l, d)| json!({
            "mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": d, "size": l.len(),
        })).collect::<Vec<_>>(),
    }))
    .unwrap();
    let manifest_digest = write_blob(dir, &manifest);
    fs::write(
        dir.join("index.json"),
        serde_json::to_vec(&json!({"schemaVersion": 2, "manifests": [{
            "mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": manifest_digest,
            "size": manifest.len(), "annotations": {"org.opencontainers.image.ref.name": "1.0"},
        }]}))
        .unwrap(),
    )
    .unwrap();
    digests
}

fn image(args: &[&str]) -> (i32, Value, String) {
    let output = tollgate()
        .arg("image")
        .args(args)
        .args(["--format", "json", "--fail-on", "none"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).to_string();
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    let value = serde_json::from_str(&stdout).unwrap_or(Value::Null);
    (output.status.code().unwrap_or(-1), value, stderr)
}

#[test]
fn hostile_layers_are_contained_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile");
    let layer = gzip(&tar_layer(&[
        (
            "../../../../tmp/evil",
            b"x",
            0o644,
            tar::EntryType::Regular,
            None,
        ),
        (
            "/etc/cron.d/evil",
            b"x",
            0o644,
            tar::EntryType::Regular,
            None,
        ),
        (
            "app/link",
            b"",
            0o777,
            tar::EntryType::Symlink,
            Some("../../../../etc/shadow"),
        ),
        (
            "app/hard",
            b"",
            0o644,
            tar::EntryType::Link,
            Some("../../../outside"),
        ),
        (
            "etc/os-release",
            b"ID=alpine\nVERSION_ID=3.21.0\n",
            0o644,
            tar::EntryType::Regular,
            None,
        ),
    ]));
    let digests = layout(&path, json!({"User": "app"}), &[layer]);
    let (code, report, stderr) = image(&[path.to_str().unwrap()]);
    assert_eq!(code, 0, "contained problems are warnings: {stderr}");
    let messages: Vec<&str> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert_eq!(messages.len(), 4, "{messages:#?}");
    assert!(
        messages.iter().all(|m| m.contains(&digests[0])),
        "each names the layer: {messages:#?}"
    );
    assert!(
        !Path::new("/tmp/evil").exists() && !dir.path().join("tmp/evil").exists(),
        "nothing was written"
    );
    assert_eq!(report["summary"]["documents"], 1);
}

#[test]
fn bombs_truncated_blobs_and_digest_mismatches_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    // 64 MiB of zeros compress to ~64 KiB: refused past a 16 MiB limit.
    let bomb = dir.path().join("bomb");
    layout(
        &bomb,
        json!({}),
        &[gzip(&tar_layer(&[(
            "zeros",
            &vec![0u8; 64 << 20],
            0o644,
            tar::EntryType::Regular,
            None,
        )]))],
    );
    let (code, report, _) = image(&[bomb.to_str().unwrap(), "--max-image-bytes", "16777216"]);
    assert_eq!(code, 3);
    let message = report["diagnostics"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("expands beyond 16777216 bytes"),
        "{message}"
    );

    let truncated = dir.path().join("truncated");
    let layer = gzip(&tar_layer(&[(
        "a",
        &[7u8; 100_000],
        0o644,
        tar::EntryType::Regular,
        None,
    )]));
    let digests = layout(&truncated, json!({}), std::slice::from_ref(&layer));
    let blob = truncated.join("blobs/sha256").join(&digests[0][7..]);
    fs::write(&blob, &layer[..layer.len() / 2]).unwrap();
    let (code, report, _) = image(&[truncated.to_str().unwrap()]);
    assert_eq!(code, 3);
    let message = report["diagnostics"][0]["message"].as_str().unwrap();
    assert!(
        message.contains(&digests[0]) && message.contains("digest mismatch"),
        "{message}"
    );

    let tampered = dir.path().join("tampered");
    let digests = layout(&tampered, json!({}), std::slice::from_ref(&layer));
    let mut bytes = layer.clone();
    let last = bytes.len() - 10;
    bytes[last] ^= 0xff;
    fs::write(tampered.join("blobs/sha256").join(&digests[0][7..]), &bytes).unwrap();
    let (code, report, _) = image(&[tampered.to_str().unwrap()]);
    assert_eq!(code, 3);
    assert!(report["diagnostics"][0]["message"]
        .as_str()
        .unwrap()
        .contains("refused"));

    // A layout pointing a digest outside its blobs directory is refused before any read.
    let escape = dir.path().join("escape");
    layout(&escape, json!({}), &[]);
    let index = fs::read_to_string(escape.join("index.json")).unwrap();
    let forged = index.replacen("\"digest\":\"sha256:", "\"digest\":\"sha256:../../", 1);
    fs::write(escape.join("index.json"), forged).unwrap();
    let (code, report, _) = image(&[escape.to_str().unwrap()]);
    assert_eq!(code, 3);
    assert!(report["diagnostics"][0]["message"]
        .as_str()
        .unwrap()
        .contains("invalid digest"));
}

/// Ends the registry when the test ends, whatever happens.
struct Registry {
    child: Child,
    port: u16,
}

impl Drop for Registry {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn require(tool: &str) -> PathBuf {
    let found = Command::new("which")
        .arg(tool)
        .output()
        .ok()
        .filter(|o| o.status.success());
    let found = found.unwrap_or_else(|| panic!("`{tool}` is required for the registry test: ./scripts/test installs Debian's docker-registry, skopeo, umoci and apache2-utils"));
    PathBuf::from(String::from_utf8_lossy(&found.stdout).trim())
}

fn run(cmd: &mut Command) -> String {
    let output = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        output.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).to_string()
}

fn start_registry(dir: &Path) -> Registry {
    let binary = require("docker-registry");
    let htpasswd = run(Command::new(require("htpasswd")).args(["-Bbn", "tollgate", "s3cret-pass"]));
    fs::write(dir.join("htpasswd"), htpasswd).unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let config = format!(
        "version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: {}\nhttp:\n  addr: 127.0.0.1:{port}\nauth:\n  htpasswd:\n    realm: tollgate-test\n    path: {}\n",
        dir.join("data").display(),
        dir.join("htpasswd").display()
    );
    fs::write(dir.join("config.yml"), config).unwrap();
    let child = Command::new(binary)
        .args(["serve", dir.join("config.yml").to_str().unwrap()])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start docker-registry");
    let registry = Registry { child, port };
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return registry;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("docker-registry did not start on 127.0.0.1:{port}");
}

/// Builds an image with umoci from a root filesystem written here, in an OCI layout.
fn build_with_umoci(dir: &Path) -> PathBuf {
    let umoci = require("umoci");
    let oci = dir.join("oci");
    run(Command::new(&umoci).args(["init", "--layout"]).arg(&oci));
    run(Command::new(&umoci)
        .args(["new", "--image"])
        .arg(format!("{}:app", oci.display())));
    let bundle = dir.join("bundle");
    run(Command::new(&umoci)
        .args(["unpack", "--rootless", "--image"])
        .arg(format!("{}:app", oci.display()))
        .arg(&bundle));
    let rootfs = bundle.join("rootfs");
    let files: [(&str, String); 5] = [
        ("etc/os-release", "ID=debian\nVERSION_ID=\"11\"\nPRETTY_NAME=\"Debian GNU/Linux 11\"\n".to_string()),
        ("var/lib/dpkg/status", "Package: openssh-server\nStatus: install ok installed\nVersion: 1:8.4p1-5\n\nPackage: sudo\nStatus: install ok installed\nVersion: 1.9.5p2-3\n".to_string()),
        ("root/.ssh/id_ed25519", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n".to_string()),
        ("app/.env", "DATABASE_URL=postgres://app@db/app\n".to_string()),
        // Distinct content on every run: skopeo's blob cache must not swap in an older layer.
        ("app/build-id", format!("{:?}\n", std::time::SystemTime::now())),
    ];
    for (path, content) in files {
        let full = rootfs.join(path);
        fs::create_dir_all(full.parent().unwrap()).unwrap();
        fs::write(full, content).unwrap();
    }
    let tool = rootfs.join("usr/local/bin/tool");
    fs::create_dir_all(tool.parent().unwrap()).unwrap();
    fs::write(&tool, "#!/bin/sh\n").unwrap();
    std::os::unix::fs::PermissionsExt::set_mode(
        &mut fs::metadata(&tool).unwrap().permissions(),
        0o4755,
    );
    run(Command::new("chmod").args(["4755"]).arg(&tool));
    run(Command::new(&umoci)
        .args(["repack", "--image"])
        .arg(format!("{}:app", oci.display()))
        .arg(&bundle));
    run(Command::new(&umoci)
        .args(["config", "--image"])
        .arg(format!("{}:app", oci.display()))
        .args([
            "--config.user=0",
            "--config.exposedports=22/tcp",
            "--config.env=API_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789",
        ]));
    oci
}

fn rule_counts(report: &Value) -> std::collections::BTreeMap<String, usize> {
    let mut counts = std::collections::BTreeMap::new();
    for f in report["findings"].as_array().unwrap() {
        *counts
            .entry(f["rule_id"].as_str().unwrap().to_string())
            .or_default() += 1;
    }
    counts
}

#[test]
fn registry_layout_and_archive_give_the_same_findings() {
    let dir = tempfile::tempdir().unwrap();
    let registry = start_registry(dir.path());
    let oci = build_with_umoci(dir.path());
    let skopeo = require("skopeo");
    let remote = format!("127.0.0.1:{}/team/app:1.0", registry.port);
    run(Command::new(&skopeo)
        .args([
            "copy",
            "--dest-tls-verify=false",
            "--dest-creds",
            "tollgate:s3cret-pass",
        ])
        .arg(format!("oci:{}:app", oci.display()))
        .arg(format!("docker://{remote}")));
    let archive = dir.path().join("app.tar");
    run(Command::new(&skopeo)
        .arg("copy")
        .arg(format!("oci:{}:app", oci.display()))
        .arg(format!("docker-archive:{}:team/app:1.0", archive.display())));

    let insecure = format!("127.0.0.1:{}", registry.port);
    // Without credentials the registry refuses: a clear error, exit 3.
    let output = tollgate()
        .args([
            "image",
            &remote,
            "--insecure-registry",
            &insecure,
            "--format",
            "json",
            "--fail-on",
            "none",
        ])
        .env("DOCKER_CONFIG", dir.path().join("no-config"))
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains(&remote));

    // Basic auth from a Docker config file.
    let docker_config = dir.path().join("docker");
    fs::create_dir_all(&docker_config).unwrap();
    let auth = base64::Engine::encode(
        &base64::engine::general_purpose::STANDARD,
        "tollgate:s3cret-pass",
    );
    fs::write(
        docker_config.join("config.json"),
        json!({"auths": {insecure.clone(): {"auth": auth}}}).to_string(),
    )
    .unwrap();
    let output = tollgate()
        .args([
            "image",
            &remote,
            "--insecure-registry",
            &insecure,
            "--format",
            "json",
            "--fail-on",
            "none",
        ])
        .env("DOCKER_CONFIG", &docker_config)
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let from_registry: Value = serde_json::from_slice(&output.stdout).unwrap();
    // The password never appears in any output.
    assert!(!String::from_utf8_lossy(&output.stdout).contains("s3cret-pass"));
    assert!(!String::from_utf8_lossy(&output.stdout).contains("ghp_abcdefghijklmnop"));

    let (_, from_layout, _) = image(&[&format!("oci:{}:app", oci.display())]);
    let (_, from_archive, _) = image(&[archive.to_str().unwrap()]);
    let expected = rule_counts(&from_registry);
    for rule in [
        "TG-CONTAINER-002",
        "TG-IMAGE-001",
        "TG-IMAGE-003",
        "TG-IMAGE-004",
        "TG-IMAGE-005",
        "TG-IMAGE-009",
        "TG-DOCKER-006",
        "TG-CONTAINER-007",
    ] {
        assert!(
            expected.contains_key(rule),
            "{rule} missing from {expected:?}"
        );
    }
    // The reference differs (so do reference-based rules): compare everything else.
    let without_reference_rules = |mut m: std::collections::BTreeMap<String, usize>| {
        m.remove("TG-CONTAINER-004");
        m.remove("TG-ORG-003");
        m
    };
    assert_eq!(
        without_reference_rules(rule_counts(&from_layout)),
        without_reference_rules(expected.clone())
    );
    assert_eq!(
        without_reference_rules(rule_counts(&from_archive)),
        without_reference_rules(expected)
    );
}

#[test]
fn multi_platform_layouts_pick_the_requested_platform_and_scan_lists_images() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("multi");
    // Two single-platform images in one layout, then an index over both as the tagged entry.
    let amd = gzip(&tar_layer(&[(
        "etc/os-release",
        b"ID=alpine\nVERSION_ID=3.22.1\n",
        0o644,
        tar::EntryType::Regular,
        None,
    )]));
    let arm = gzip(&tar_layer(&[(
        "etc/os-release",
        b"ID=debian\nVERSION_ID=\"10\"\n",
        0o644,
        tar::EntryType::Regular,
        None,
    )]));
    layout(&root, json!({"User": "app"}), &[amd]);
    let amd_index: Value =
        serde_json::from_str(&fs::read_to_string(root.join("index.json")).unwrap()).unwrap();
    let amd_manifest = amd_index["manifests"][0].clone();
    let other = dir.path().join("other");
    layout(&other, json!({"User": "app"}), &[arm]);
    let arm_index: Value =
        serde_json::from_str(&fs::read_to_string(other.join("index.json")).unwrap()).unwrap();
    let arm_manifest = arm_index["manifests"][0].clone();
    for entry in fs::read_dir(other.join("blobs/sha256")).unwrap() {
        let entry = entry.unwrap();
        fs::copy(
            entry.path(),
            root.join("blobs/sha256").join(entry.file_name()),
        )
        .unwrap();
    }
    let mut entries = Vec::new();
    for (m, arch) in [(amd_manifest, "amd64"), (arm_manifest, "arm64")] {
        entries.push(json!({"mediaType": m["mediaType"], "digest": m["digest"], "size": m["size"], "platform": {"os": "linux", "architecture": arch}}));
    }
    let index = serde_json::to_vec(&json!({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": entries})).unwrap();
    let index_digest = write_blob(&root, &index);
    fs::write(root.join("index.json"), serde_json::to_vec(&json!({"schemaVersion": 2, "manifests": [{
        "mediaType": "application/vnd.oci.image.index.v1+json", "digest": index_digest, "size": index.len(),
        "annotations": {"org.opencontainers.image.ref.name": "multi"}}]})).unwrap()).unwrap();

    let os_of = |platform: &str| {
        let (_, report, stderr) = image(&[
            &format!("oci:{}:multi", root.display()),
            "--platform",
            platform,
        ]);
        assert!(
            report["diagnostics"].as_array().unwrap().is_empty(),
            "{stderr}"
        );
        let eol = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["rule_id"] == "TG-IMAGE-005");
        eol
    };
    assert!(!os_of("linux/amd64"), "alpine 3.22 is supported");
    assert!(os_of("linux/arm64"), "debian 10 is past its end of life");

    // `scan --images FILE` scans the listed images in the same run as the tree.
    let repo = dir.path().join("repo");
    fs::create_dir_all(&repo).unwrap();
    fs::write(repo.join("Dockerfile"), "FROM alpine:3.21\nUSER app\n").unwrap();
    let list = dir.path().join("images.txt");
    fs::write(
        &list,
        format!(
            "# images shipped by this repository\noci:{}:multi\n",
            root.display()
        ),
    )
    .unwrap();
    let (_, report) = scan_json(
        &repo,
        &["--images", list.to_str().unwrap(), "--fail-on", "none"],
    );
    let kinds: std::collections::BTreeSet<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["kind"].as_str())
        .collect();
    assert!(
        kinds.contains("image") && kinds.contains("dockerfile"),
        "{kinds:?}"
    );
}
