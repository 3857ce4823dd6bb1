//! Images in an OCI registry, through oci-client: anonymous, basic and bearer-token auth
//! (credentials from `TOLLGATE_REGISTRY_USERNAME`/`_PASSWORD` or the Docker config), manifest
//! lists resolved to the requested platform, and each layer streamed to a temporary file (the
//! client checks its digest) before it is read.

use super::{Blob, ImageError, ImageOptions, LayerBlob, Loaded};
use base64::Engine as _;
use oci_client::client::{ClientConfig, ClientProtocol};
use oci_client::manifest::ImageIndexEntry;
use oci_client::secrets::RegistryAuth;
use oci_client::{Client, Reference};
use serde_json::Value;
use std::path::PathBuf;

fn docker_config_path() -> Option<PathBuf> {
    match std::env::var_os("DOCKER_CONFIG") {
        Some(dir) => Some(PathBuf::from(dir).join("config.json")),
        None => std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".docker/config.json")),
    }
}

/// Credentials for a registry: environment first, then the Docker config's `auths`.
pub fn credentials(registry: &str) -> RegistryAuth {
    if let (Ok(user), Ok(password)) = (
        std::env::var("TOLLGATE_REGISTRY_USERNAME"),
        std::env::var("TOLLGATE_REGISTRY_PASSWORD"),
    ) {
        return RegistryAuth::Basic(user, password);
    }
    let Some(config) = docker_config_path()
        .and_then(|p| std::fs::read(p).ok())
        .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
    else {
        return RegistryAuth::Anonymous;
    };
    let Some(entry) = config.get("auths").and_then(|a| {
        a.get(registry)
            .or_else(|| a.get(format!("https://{registry}").as_str()))
            .or_else(|| a.get(format!("http://{registry}").as_str()))
    }) else {
        return RegistryAuth::Anonymous;
    };
    if let Some(token) = entry.get("registrytoken").and_then(Value::as_str) {
        return RegistryAuth::Bearer(token.to_string());
    }
    if let (Some(u), Some(p)) = (
        entry.get("username").and_then(Value::as_str),
        entry.get("password").and_then(Value::as_str),
    ) {
        return RegistryAuth::Basic(u.to_string(), p.to_string());
    }
    entry
        .get("auth")
        .and_then(Value::as_str)
        .and_then(|a| base64::engine::general_purpose::STANDARD.decode(a).ok())
        .and_then(|d| String::from_utf8(d).ok())
        .and_then(|pair| {
            pair.split_once(':')
                .map(|(u, p)| RegistryAuth::Basic(u.to_string(), p.to_string()))
        })
        .unwrap_or(RegistryAuth::Anonymous)
}

/// Pulls the manifest, config and layers of `reference`.
pub fn pull(reference: &str, options: &ImageOptions) -> Result<Loaded, ImageError> {
    let parsed = Reference::try_from(reference).map_err(|e| {
        ImageError::Registry(format!("`{reference}` is not an image reference: {e}"))
    })?;
    let registry = parsed.resolve_registry().to_string();
    let auth = credentials(&registry);
    let (os, arch) = options
        .platform
        .split_once('/')
        .map(|(o, a)| (o.to_string(), a.to_string()))
        .unwrap_or(("linux".into(), "amd64".into()));
    let config = ClientConfig {
        protocol: if options.insecure_registries.is_empty() {
            ClientProtocol::Https
        } else {
            ClientProtocol::HttpsExcept(options.insecure_registries.clone())
        },
        platform_resolver: Some(Box::new(move |entries: &[ImageIndexEntry]| {
            entries
                .iter()
                .find(|e| {
                    e.platform.as_ref().is_some_and(|p| {
                        p.os.to_string() == os && p.architecture.to_string() == arch
                    })
                })
                .map(|e| e.digest.clone())
        })),
        connect_timeout: Some(std::time::Duration::from_secs(30)),
        read_timeout: Some(std::time::Duration::from_secs(300)),
        ..ClientConfig::default()
    };
    let client = Client::new(config);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| ImageError::Registry(e.to_string()))?;
    let limit = options.limits.max_expanded_bytes;
    runtime.block_on(async {
        let error = |e: oci_client::errors::OciDistributionError| {
            ImageError::Registry(format!("{reference}: {e}"))
        };
        let (manifest, digest, config_text) = client
            .pull_manifest_and_config(&parsed, &auth)
            .await
            .map_err(error)?;
        let config: Value = serde_json::from_str(&config_text)
            .map_err(|e| ImageError::Format(format!("{reference}: config is not JSON: {e}")))?;
        let mut layers = Vec::new();
        for layer in &manifest.layers {
            if layer.size < 0 || layer.size as u64 > limit {
                return Err(ImageError::Format(format!(
                    "layer {}: {} bytes is over the limit of {limit}; refused",
                    layer.digest, layer.size
                )));
            }
            let file =
                tempfile::NamedTempFile::new().map_err(|e| ImageError::Read(e.to_string()))?;
            let handle = file.reopen().map_err(|e| ImageError::Read(e.to_string()))?;
            let mut out = tokio::fs::File::from_std(handle);
            client
                .pull_blob(&parsed, layer, &mut out)
                .await
                .map_err(error)?;
            layers.push(LayerBlob {
                blob: Blob::Temp(file),
                digest: layer.digest.clone(),
                // oci-client has checked the digest while streaming.
                verify_digest: None,
                media_type: layer.media_type.clone(),
                compressed_size: layer.size as u64,
            });
        }
        let annotations = manifest
            .annotations
            .as_ref()
            .map(|a| serde_json::to_value(a).unwrap_or(Value::Null))
            .unwrap_or(Value::Null);
        Ok(Loaded {
            reference: reference.to_string(),
            reference_ref: None,
            digest: Some(digest),
            config,
            annotations,
            layers,
        })
    })
}
