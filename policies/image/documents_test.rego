# Builders of `image` input documents for the unit tests, shaped like the scanner's (see
# policies/README.md). No tests here.
package tollgate.image.documents_test

import rego.v1

# clean is an image every image rule accepts (with organization and os_eol below, at `now`).
clean := {
	"reference": "ghcr.io/acme/app:1.4.2",
	"reference_ref": {"registry": "ghcr.io", "repository": "acme/app", "tag": "1.4.2", "digest": null},
	"digest": "sha256:5f0c1e2a9b3d4c6e8f7a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6",
	"config": {
		"user": "app",
		"entrypoint": ["/usr/local/bin/server"],
		"cmd": null,
		"working_dir": "/srv",
		"env": [
			{"name": "PATH", "value": "/u***", "secret_value": false},
			{"name": "DB_PASSWORD_FILE", "value": "/r***", "secret_value": false},
		],
		"exposed_ports": ["8080/tcp"],
		"healthcheck": {"test": ["CMD", "/usr/local/bin/server", "healthcheck"]},
		"labels": {
			"org.opencontainers.image.source": "https://github.com/acme/app",
			"org.opencontainers.image.revision": "3f2a9c1d7e5b4a6c8d0e2f4a6b8c0d2e4f6a8b0c",
		},
		"created": "2026-11-01T08:30:00Z",
		"history": [
			{"created_by": "/bin/sh -c #(nop) ADD file:0d1e in / ", "empty_layer": false},
			{"created_by": "COPY server /usr/local/bin/server # buildkit", "empty_layer": false},
		],
	},
	"base": {
		"name": "docker.io/library/debian:13-slim",
		"digest": "sha256:1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809",
		"registry": "docker.io",
		"repository": "library/debian",
		"tag": "13-slim",
	},
	"os": {"id": "debian", "version_id": "13", "pretty_name": "Debian GNU/Linux 13 (trixie)"},
	"packages": [
		{"name": "base-files", "version": "13.8", "manager": "dpkg"},
		{"name": "ca-certificates", "version": "20250419", "manager": "dpkg"},
		{"name": "libcurl4t64", "version": "8.14.1-2", "manager": "dpkg"},
		{"name": "openssh-client", "version": "1:10.0p1-7", "manager": "dpkg"},
	],
	"files": {
		"setuid": [{"path": "/usr/bin/passwd", "mode": "4755", "setgid": false}],
		"world_writable": [],
		"private_keys": [],
		"credentials": [],
		"env_files": [],
		"package_caches": [],
	},
	"layers": [
		{"digest": "sha256:aa01", "size": 78643200, "compressed_size": 29360128, "media_type": "application/vnd.oci.image.layer.v1.tar+gzip"},
		{"digest": "sha256:aa02", "size": 15728640, "compressed_size": 6291456, "media_type": "application/vnd.oci.image.layer.v1.tar+gzip"},
	],
	"size": 94371840,
	"layer_count": 2,
}

# doc(img) is the document of image object img.
doc(img) := {
	"kind": "image",
	"path": img.reference,
	"resources": [{"address": "image", "type": "image", "name": img.reference, "file": img.reference, "attributes": img}],
	"image": img,
}

# image(changes) is the document of the clean image with changes merged in (objects merge key by
# key; any other value, arrays included, replaces).
image(changes) := doc(object.union(clean, changes))

# without(paths) is the document of the clean image with the JSON-pointer paths removed.
without(paths) := doc(json.remove(clean, paths))

# A document that carries no image object.
empty := {"kind": "image", "path": "broken", "resources": []}

# now is the evaluation time of the tests: `with time.now_ns as docs.now`.
now := time.parse_rfc3339_ns("2026-11-25T12:00:00Z")

# organization is the built-in organization data the rules read.
organization := {
	"approved_registries": ["docker.io", "ghcr.io", "public.ecr.aws", "gcr.io", "registry.k8s.io", "quay.io", "mcr.microsoft.com"],
	"approved_base_images": [],
	"max_image_size_mb": 1024,
	"setuid_allowlist": ["/usr/bin/passwd", "/usr/bin/chsh", "/usr/bin/su", "/bin/su", "/usr/bin/mount", "/usr/bin/umount", "/usr/bin/chage", "/usr/bin/expiry", "/usr/sbin/unix_chkpwd"],
}

# os_eol is a slice of rules/os-eol.yaml.
os_eol := {
	"debian": {"11": "2024-08-14", "12": "2026-06-10", "13": "2028-08-09"},
	"ubuntu": {"20.04": "2025-05-31", "22.04": "2027-06-01", "24.04": "2029-06-01"},
	"alpine": {"3.18": "2025-05-09", "3.20": "2026-04-01", "3.21": "2026-11-01", "3.22": "2027-05-01"},
	"rhel": {"8": "2029-05-31", "9": "2032-05-31"},
	"amzn": {"2": "2026-06-30", "2023": "2029-06-30"},
}
