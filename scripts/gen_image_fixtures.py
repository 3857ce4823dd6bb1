#!/usr/bin/env python3
"""Build the OCI image layouts of the image-policy fixtures from their JSON specs.

Usage:
    python3 scripts/gen_image_fixtures.py [SPEC_OR_DIR ...]

Without arguments every ``fixtures/image/<concern>/<variant>/image.json`` of the repository is
built; arguments name spec files or directories to search for ``image.json`` instead. Each spec
gives ``layout/`` beside it, deleted and written afresh: an OCI image layout
(https://github.com/opencontainers/image-spec/blob/main/image-layout.md) with

    layout/oci-layout            {"imageLayoutVersion":"1.0.0"}
    layout/index.json            one manifest, annotated org.opencontainers.image.ref.name
    layout/blobs/sha256/<hex>    the config, the manifest and every layer

Layers are gzip-compressed tars (application/vnd.oci.image.layer.v1.tar+gzip). The output is
deterministic: tar entries sorted by path, mtime 0, fixed owners, gzip header without name or
time, JSON with sorted keys and no whitespace. Running the script twice gives byte-identical
blobs (on the same zlib).

Spec format (``image.json``; every key is optional except ``layers``):

    {
      "tag": "1.4.2",                       ref.name annotation in index.json ("latest" if absent)
      "architecture": "amd64",              config architecture / platform ("amd64")
      "os": "linux",                        config os / platform ("linux")
      "created": "2026-11-01T00:00:00Z",    config "created" and every history entry's date
      "author": "ci@example.com",           config "author"
      "config": {                           the OCI config's "config" object, as written:
        "User": "app",                        User, Env, Entrypoint, Cmd, WorkingDir,
        "Env": ["PATH=/usr/bin"],             ExposedPorts, Labels, Healthcheck, StopSignal…
        "ExposedPorts": {"8080/tcp": {}},
        "Labels": {"org.opencontainers.image.source": "https://github.com/acme/app"},
        "Healthcheck": {"Test": ["CMD", "/app", "health"]}
      },
      "annotations": {                      manifest annotations, e.g. the base image:
        "org.opencontainers.image.base.name": "docker.io/library/debian:13",
        "org.opencontainers.image.base.digest": "sha256:…"
      },
      "layers": [                           in order, lowest first
        {
          "created_by": "RUN apt-get …",    history text (default "COPY layer<N> / # fixture")
          "uid": 0, "gid": 0,               default owner of the layer's entries
          "files": [ ENTRY, … ]
        },
        {"empty_layer": true, "created_by": "ENV A=1"}   a history entry without a layer
      ]
    }

    ENTRY:
      {"path": "etc/os-release", "content": "ID=debian\\n"}       regular file (type "file")
      {"path": "a.bin", "content_base64": "AAEC"}                  binary content
      {"path": "big.bin", "size": 1075000000}                      that many zero bytes (streamed)
      {"path": "usr/bin/passwd", "mode": "4755", "content": "x"}   mode in octal (file 0644)
      {"path": "srv", "type": "dir", "mode": "0777"}               directory (mode 0755)
      {"path": "bin/sh", "type": "symlink", "target": "busybox"}   symbolic link (mode 0777)
      {"path": "bin/ash", "type": "hardlink", "target": "bin/busybox"}
      {"path": "app/old.txt", "type": "whiteout"}                  entry app/.wh.old.txt
      {"path": "var/cache", "type": "opaque"}                      entry var/cache/.wh..wh..opq
      any entry may carry "uid", "gid", "uname", "gname"

Paths are relative to the image root (a leading "/" is dropped). Parent directories are not
added: list them when their mode matters. Package databases are ordinary files, e.g.
``var/lib/dpkg/status`` with stanzas "Package: x\\nStatus: install ok installed\\nVersion: 1\\n\\n"
or ``lib/apk/db/installed`` with "P:x\\nV:1\\n\\n".

Python 3.11 standard library only.
"""

import base64
import gzip
import hashlib
import io
import json
import os
import shutil
import sys
import tarfile
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "fixtures", "image")

LAYER_MEDIA_TYPE = "application/vnd.oci.image.layer.v1.tar+gzip"
CONFIG_MEDIA_TYPE = "application/vnd.oci.image.config.v1+json"
MANIFEST_MEDIA_TYPE = "application/vnd.oci.image.manifest.v1+json"
INDEX_MEDIA_TYPE = "application/vnd.oci.image.index.v1+json"

DEFAULT_MODES = {"file": 0o644, "dir": 0o755, "symlink": 0o777, "hardlink": 0o644, "whiteout": 0o644, "opaque": 0o644}
CHUNK = 1024 * 1024


class SpecError(Exception):
    pass


def canonical_json(value):
    """The bytes of value as JSON: sorted keys, no whitespace, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


class Zeros(io.RawIOBase):
    """A readable stream of `size` zero bytes."""

    def __init__(self, size):
        self.remaining = size

    def readable(self):
        return True

    def readinto(self, buffer):
        n = min(len(buffer), self.remaining)
        buffer[:n] = bytes(n)
        self.remaining -= n
        return n


class HashingWriter:
    """Forwards writes to `target` and hashes them (the layer's uncompressed diff_id)."""

    def __init__(self, target):
        self.target = target
        self.sha256 = hashlib.sha256()
        self.size = 0

    def write(self, data):
        self.sha256.update(data)
        self.size += len(data)
        self.target.write(data)
        return len(data)

    def flush(self):
        self.target.flush()


def write_blob(layout, data):
    """Stores bytes as a blob; returns (digest, size)."""
    digest = hashlib.sha256(data).hexdigest()
    path = os.path.join(layout, "blobs", "sha256", digest)
    with open(path, "wb") as f:
        f.write(data)
    return "sha256:" + digest, len(data)


def relative_path(raw, where):
    if not isinstance(raw, str) or not raw.strip("/"):
        raise SpecError(f"{where}: an entry needs a non-empty string path")
    path = raw.lstrip("/")
    if any(part in ("..", "") for part in path.rstrip("/").split("/")):
        raise SpecError(f"{where}: path {raw!r} must not contain '..' or empty parts")
    return path.rstrip("/")


def parse_mode(value, kind, where):
    if value is None:
        return DEFAULT_MODES[kind]
    if isinstance(value, str):
        try:
            return int(value, 8)
        except ValueError as err:
            raise SpecError(f"{where}: mode {value!r} is not octal") from err
    raise SpecError(f"{where}: mode must be an octal string such as \"0755\"")


def tar_entry(entry, layer, where):
    """(TarInfo, content stream or None) for one spec entry."""
    if not isinstance(entry, dict):
        raise SpecError(f"{where}: an entry must be an object")
    kind = entry.get("type", "file")
    if kind not in DEFAULT_MODES:
        raise SpecError(f"{where}: unknown type {kind!r}")
    path = relative_path(entry.get("path"), where)
    if kind == "whiteout":
        parent, _, name = path.rpartition("/")
        path = f"{parent}/.wh.{name}" if parent else f".wh.{name}"
    elif kind == "opaque":
        path = f"{path}/.wh..wh..opq"
    info = tarfile.TarInfo(path)
    info.mode = parse_mode(entry.get("mode"), kind, where)
    info.mtime = 0
    info.uid = int(entry.get("uid", layer.get("uid", 0)))
    info.gid = int(entry.get("gid", layer.get("gid", 0)))
    info.uname = str(entry.get("uname", layer.get("uname", "")))
    info.gname = str(entry.get("gname", layer.get("gname", "")))
    stream = None
    if kind in ("file", "whiteout", "opaque"):
        info.type = tarfile.REGTYPE
        if kind == "file":
            sources = [k for k in ("content", "content_base64", "size") if k in entry]
            if len(sources) > 1:
                raise SpecError(f"{where}: give only one of content, content_base64, size")
            if "content_base64" in entry:
                data = base64.b64decode(entry["content_base64"], validate=True)
                info.size, stream = len(data), io.BytesIO(data)
            elif "size" in entry:
                info.size, stream = int(entry["size"]), io.BufferedReader(Zeros(int(entry["size"])), CHUNK)
            else:
                data = str(entry.get("content", "")).encode("utf-8")
                info.size, stream = len(data), io.BytesIO(data)
        else:
            info.size, stream = 0, io.BytesIO(b"")
    elif kind == "dir":
        info.type = tarfile.DIRTYPE
    else:
        target = entry.get("target")
        if not isinstance(target, str) or not target:
            raise SpecError(f"{where}: a {kind} needs a target")
        info.type = tarfile.SYMTYPE if kind == "symlink" else tarfile.LNKTYPE
        info.linkname = target
    return info, stream


def write_layer(layout, layer, where):
    """Writes one layer blob; returns (descriptor, diff_id)."""
    entries = []
    for i, entry in enumerate(layer.get("files", [])):
        entries.append(tar_entry(entry, layer, f"{where}.files[{i}]"))
    names = [info.name for info, _ in entries]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise SpecError(f"{where}: duplicate paths {duplicates}")
    entries.sort(key=lambda e: e[0].name)
    blobs = os.path.join(layout, "blobs", "sha256")
    with tempfile.NamedTemporaryFile(dir=blobs, delete=False) as compressed:
        temp = compressed.name
        with gzip.GzipFile(filename="", mode="wb", fileobj=compressed, compresslevel=9, mtime=0) as gz:
            hashing = HashingWriter(gz)
            with tarfile.open(fileobj=hashing, mode="w|", format=tarfile.PAX_FORMAT, bufsize=CHUNK) as tar:
                for info, stream in entries:
                    tar.addfile(info, stream)
    digest = hashlib.sha256()
    with open(temp, "rb") as f:
        for chunk in iter(lambda: f.read(CHUNK), b""):
            digest.update(chunk)
    size = os.path.getsize(temp)
    os.replace(temp, os.path.join(blobs, digest.hexdigest()))
    descriptor = {"mediaType": LAYER_MEDIA_TYPE, "digest": "sha256:" + digest.hexdigest(), "size": size}
    return descriptor, "sha256:" + hashing.sha256.hexdigest()


def build(spec_path):
    with open(spec_path, encoding="utf-8") as f:
        spec = json.load(f)
    where = os.path.relpath(spec_path, ROOT)
    if not isinstance(spec, dict) or not isinstance(spec.get("layers"), list):
        raise SpecError(f"{where}: the spec must be an object with a layers array")
    layout = os.path.join(os.path.dirname(spec_path), "layout")
    if os.path.isdir(layout):
        shutil.rmtree(layout)
    os.makedirs(os.path.join(layout, "blobs", "sha256"))

    created = spec.get("created")
    layers, diff_ids, history = [], [], []
    for i, layer in enumerate(spec["layers"]):
        if not isinstance(layer, dict):
            raise SpecError(f"{where}: layers[{i}] must be an object")
        entry = {"created_by": layer.get("created_by", f"COPY layer{i} / # fixture")}
        if created is not None:
            entry["created"] = created
        if layer.get("empty_layer"):
            entry["empty_layer"] = True
        else:
            descriptor, diff_id = write_layer(layout, layer, f"{where}: layers[{i}]")
            layers.append(descriptor)
            diff_ids.append(diff_id)
        history.append(entry)

    config = {
        "architecture": spec.get("architecture", "amd64"),
        "os": spec.get("os", "linux"),
        "config": spec.get("config", {}),
        "rootfs": {"type": "layers", "diff_ids": diff_ids},
        "history": history,
    }
    if created is not None:
        config["created"] = created
    if "author" in spec:
        config["author"] = spec["author"]
    config_digest, config_size = write_blob(layout, canonical_json(config))

    manifest = {
        "schemaVersion": 2,
        "mediaType": MANIFEST_MEDIA_TYPE,
        "config": {"mediaType": CONFIG_MEDIA_TYPE, "digest": config_digest, "size": config_size},
        "layers": layers,
    }
    if spec.get("annotations"):
        manifest["annotations"] = spec["annotations"]
    manifest_digest, manifest_size = write_blob(layout, canonical_json(manifest))

    index = {
        "schemaVersion": 2,
        "mediaType": INDEX_MEDIA_TYPE,
        "manifests": [
            {
                "mediaType": MANIFEST_MEDIA_TYPE,
                "digest": manifest_digest,
                "size": manifest_size,
                "platform": {"architecture": config["architecture"], "os": config["os"]},
                "annotations": {"org.opencontainers.image.ref.name": spec.get("tag") or "latest"},
            }
        ],
    }
    with open(os.path.join(layout, "index.json"), "wb") as f:
        f.write(canonical_json(index))
    with open(os.path.join(layout, "oci-layout"), "wb") as f:
        f.write(canonical_json({"imageLayoutVersion": "1.0.0"}))
    return layout, manifest_digest


def specs(arguments):
    roots = arguments or [FIXTURES]
    found = []
    for root in roots:
        if os.path.isfile(root):
            found.append(os.path.abspath(root))
            continue
        for directory, subdirs, files in os.walk(root):
            subdirs[:] = sorted(d for d in subdirs if d != "layout")
            if "image.json" in files:
                found.append(os.path.abspath(os.path.join(directory, "image.json")))
    return sorted(found)


def main(arguments):
    paths = specs(arguments)
    if not paths:
        print("no image.json specs found", file=sys.stderr)
        return 1
    for path in paths:
        try:
            layout, digest = build(path)
        except (SpecError, OSError, ValueError) as err:
            print(f"error: {err}", file=sys.stderr)
            return 1
        print(f"{os.path.relpath(layout, ROOT)} {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
