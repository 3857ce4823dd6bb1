#!/usr/bin/env python3
"""Writes a large OCI image layout for the image benchmark.

usage: gen_bench_image.py OUT_DIR [--megabytes N]

Four gzip layers holding N MB (default 256) in total: many small text files (like a
distribution's /usr), a dpkg status database, and large binary-like files, so the scan
exercises both per-entry work and raw throughput. Deterministic (seeded).
"""
import argparse
import gzip
import hashlib
import io
import json
import os
import random
import tarfile


def blob(layout, data):
    digest = hashlib.sha256(data).hexdigest()
    path = os.path.join(layout, "blobs", "sha256")
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, digest), "wb") as f:
        f.write(data)
    return "sha256:" + digest, len(data)


def layer(files):
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.GNU_FORMAT) as tar:
        for path, data, mode in files:
            info = tarfile.TarInfo(path)
            info.size = len(data)
            info.mode = mode
            info.mtime = 0
            tar.addfile(info, io.BytesIO(data))
    uncompressed = raw.getvalue()
    return gzip.compress(uncompressed, compresslevel=1, mtime=0), uncompressed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--megabytes", type=int, default=256)
    args = parser.parse_args()
    rng = random.Random(7)
    target = args.megabytes * 1024 * 1024
    words = [bytes(rng.choice(b"abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9))) for _ in range(2000)]
    per_layer = target // 4
    layers = []
    for n in range(4):
        files, size, i = [], 0, 0
        if n == 0:
            status = b"".join(b"Package: pkg%d\nStatus: install ok installed\nVersion: 1.%d\n\n" % (k, k) for k in range(3000))
            files.append(("var/lib/dpkg/status", status, 0o644))
            files.append(("etc/os-release", b'ID=debian\nVERSION_ID="13"\n', 0o644))
        while size < per_layer:
            if i % 50 == 0:
                data = rng.randbytes(2 * 1024 * 1024)
                path = "opt/app%d/lib/blob%05d.bin" % (n, i)
            else:
                data = b" ".join(rng.choice(words) for _ in range(rng.randint(200, 2000)))
                path = "usr/share/doc%d/pkg%05d/README" % (n, i)
            files.append((path, data, 0o644))
            size += len(data)
            i += 1
        layers.append(layer(files))
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "oci-layout"), "w") as f:
        f.write('{"imageLayoutVersion":"1.0.0"}')
    descriptors = []
    for compressed, _ in layers:
        digest, size = blob(args.out, compressed)
        descriptors.append({"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": digest, "size": size})
    config = json.dumps({
        "architecture": "amd64", "os": "linux", "config": {"User": "app"},
        "rootfs": {"type": "layers", "diff_ids": ["sha256:" + hashlib.sha256(u).hexdigest() for _, u in layers]},
    }, sort_keys=True).encode()
    config_digest, config_size = blob(args.out, config)
    manifest = json.dumps({
        "schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": config_digest, "size": config_size},
        "layers": descriptors,
    }, sort_keys=True).encode()
    manifest_digest, manifest_size = blob(args.out, manifest)
    with open(os.path.join(args.out, "index.json"), "w") as f:
        json.dump({"schemaVersion": 2, "manifests": [{
            "mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": manifest_digest, "size": manifest_size,
            "annotations": {"org.opencontainers.image.ref.name": "bench"}}]}, f)
    print(sum(len(u) for _, u in layers), sum(len(c) for c, _ in layers))


if __name__ == "__main__":
    main()
