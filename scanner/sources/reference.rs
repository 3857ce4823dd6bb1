//! Container image references (`registry/repository:tag@digest`) split into their parts.

use serde_json::{json, Value};

/// `{"registry", "repository", "tag", "digest"}`; Docker Hub images get registry `docker.io` and
/// official images the `library/` prefix. Tag and digest are null when absent.
pub fn parse_reference(image: &str) -> Value {
    let image = image.trim();
    let (rest, digest) = match image.split_once('@') {
        Some((r, d)) => (r, Some(d)),
        None => (image, None),
    };
    let (name, tag) = match rest.rfind(':') {
        Some(i) if !rest[i..].contains('/') => (&rest[..i], Some(&rest[i + 1..])),
        _ => (rest, None),
    };
    let (registry, repository) = match name.split_once('/') {
        Some((first, path))
            if first.contains('.') || first.contains(':') || first == "localhost" =>
        {
            (first.to_string(), path.to_string())
        }
        Some(_) => ("docker.io".to_string(), name.to_string()),
        None => ("docker.io".to_string(), format!("library/{name}")),
    };
    json!({
        "registry": registry,
        "repository": repository,
        "tag": tag.filter(|t| !t.is_empty()),
        "digest": digest.filter(|d| !d.is_empty()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references() {
        let cases = [
            (
                "nginx",
                json!({"registry": "docker.io", "repository": "library/nginx", "tag": null, "digest": null}),
            ),
            (
                "nginx:1.25",
                json!({"registry": "docker.io", "repository": "library/nginx", "tag": "1.25", "digest": null}),
            ),
            (
                "bitnami/redis:7",
                json!({"registry": "docker.io", "repository": "bitnami/redis", "tag": "7", "digest": null}),
            ),
            (
                "localhost:5000/team/app@sha256:ab",
                json!({"registry": "localhost:5000", "repository": "team/app", "tag": null, "digest": "sha256:ab"}),
            ),
            (
                "ghcr.io/o/app:v1@sha256:cd",
                json!({"registry": "ghcr.io", "repository": "o/app", "tag": "v1", "digest": "sha256:cd"}),
            ),
        ];
        for (input, want) in cases {
            assert_eq!(parse_reference(input), want, "{input}");
        }
    }
}
