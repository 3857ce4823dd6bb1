//! Installed packages from dpkg's `status`, apk's `installed` and the rpm sqlite database, and
//! the OS release from `os-release`.

use serde_json::{json, Map, Value};

/// `KEY=value` lines of os-release, quotes removed.
pub fn os_release(text: &str) -> Map<String, Value> {
    text.lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| {
            let v = v.trim().trim_matches('"').trim_matches('\'');
            (k.trim().to_ascii_lowercase(), json!(v))
        })
        .collect()
}

fn stanzas(text: &str) -> impl Iterator<Item = &str> {
    text.split("\n\n").filter(|s| !s.trim().is_empty())
}

/// Installed packages of a dpkg status file.
pub fn dpkg(text: &str) -> Vec<(String, String)> {
    stanzas(text)
        .filter_map(|s| {
            let field = |name: &str| {
                s.lines()
                    .find_map(|l| l.strip_prefix(name).map(|v| v.trim().to_string()))
            };
            let status = field("Status:").unwrap_or_else(|| "install ok installed".into());
            if !status.ends_with("installed") || status.contains("not-installed") {
                return None;
            }
            Some((field("Package:")?, field("Version:").unwrap_or_default()))
        })
        .collect()
}

/// Installed packages of apk's database.
pub fn apk(text: &str) -> Vec<(String, String)> {
    stanzas(text)
        .filter_map(|s| {
            let field = |prefix: &str| {
                s.lines()
                    .find_map(|l| l.strip_prefix(prefix).map(str::to_string))
            };
            Some((field("P:")?, field("V:").unwrap_or_default()))
        })
        .collect()
}

const RPMTAG_NAME: u32 = 1000;
const RPMTAG_VERSION: u32 = 1001;
const RPMTAG_RELEASE: u32 = 1002;

/// Name, version and release of one rpm header blob.
fn rpm_header(blob: &[u8]) -> Option<(String, String)> {
    let be = |at: usize| -> Option<u32> {
        Some(u32::from_be_bytes(blob.get(at..at + 4)?.try_into().ok()?))
    };
    let index_count = be(0)? as usize;
    let data_len = be(4)? as usize;
    let data_start = 8usize.checked_add(index_count.checked_mul(16)?)?;
    let data = blob.get(data_start..data_start.checked_add(data_len)?)?;
    let mut fields = std::collections::BTreeMap::new();
    for i in 0..index_count.min(10_000) {
        let base = 8 + i * 16;
        let (tag, kind, offset) = (be(base)?, be(base + 4)?, be(base + 8)? as usize);
        if matches!(tag, RPMTAG_NAME | RPMTAG_VERSION | RPMTAG_RELEASE) && kind == 6 {
            let rest = data.get(offset..)?;
            let end = rest.iter().position(|b| *b == 0)?;
            fields.insert(tag, String::from_utf8_lossy(&rest[..end]).to_string());
        }
    }
    let name = fields.remove(&RPMTAG_NAME)?;
    let version = match (
        fields.remove(&RPMTAG_VERSION),
        fields.remove(&RPMTAG_RELEASE),
    ) {
        (Some(v), Some(r)) => format!("{v}-{r}"),
        (Some(v), None) => v,
        _ => String::new(),
    };
    Some((name, version))
}

/// Installed packages of an rpm sqlite database (its bytes).
pub fn rpm_sqlite(bytes: &[u8]) -> Vec<(String, String)> {
    let Ok(mut file) = tempfile::NamedTempFile::new() else {
        return Vec::new();
    };
    if std::io::Write::write_all(&mut file, bytes).is_err() {
        return Vec::new();
    }
    let Ok(connection) = rusqlite::Connection::open_with_flags(
        file.path(),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    ) else {
        return Vec::new();
    };
    let Ok(mut statement) = connection.prepare("SELECT blob FROM Packages") else {
        return Vec::new();
    };
    let Ok(rows) = statement.query_map([], |row| row.get::<_, Vec<u8>>(0)) else {
        return Vec::new();
    };
    rows.filter_map(Result::ok)
        .filter_map(|b| rpm_header(&b))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dpkg_apk_and_os_release() {
        let status = "Package: openssl\nStatus: install ok installed\nVersion: 3.0.11\n\nPackage: gone\nStatus: deinstall ok config-files\nVersion: 1\n\nPackage: sudo\nStatus: install ok installed\nVersion: 1.9\n";
        assert_eq!(
            dpkg(status),
            vec![
                ("openssl".into(), "3.0.11".into()),
                ("sudo".into(), "1.9".into())
            ]
        );
        assert_eq!(
            apk("P:musl\nV:1.2.4-r2\nA:x86_64\n\nP:curl\nV:8.5.0-r0\n"),
            vec![
                ("musl".into(), "1.2.4-r2".into()),
                ("curl".into(), "8.5.0-r0".into())
            ]
        );
        let os = os_release("ID=alpine\nVERSION_ID=3.19.1\nPRETTY_NAME=\"Alpine Linux v3.19\"\n");
        assert_eq!(os["id"], "alpine");
        assert_eq!(os["pretty_name"], "Alpine Linux v3.19");
    }

    #[test]
    fn rpm_headers_from_sqlite() {
        // A header with NAME, VERSION and RELEASE strings.
        let data = b"bash\x005.1.8\x006.el9\x00";
        let mut blob = Vec::new();
        blob.extend(3u32.to_be_bytes());
        blob.extend((data.len() as u32).to_be_bytes());
        for (tag, offset) in [(1000u32, 0u32), (1001, 5), (1002, 11)] {
            blob.extend(tag.to_be_bytes());
            blob.extend(6u32.to_be_bytes());
            blob.extend(offset.to_be_bytes());
            blob.extend(1u32.to_be_bytes());
        }
        blob.extend(data);
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("rpmdb.sqlite");
        let c = rusqlite::Connection::open(&db).unwrap();
        c.execute(
            "CREATE TABLE Packages (hnum INTEGER PRIMARY KEY, blob BLOB)",
            [],
        )
        .unwrap();
        c.execute("INSERT INTO Packages (blob) VALUES (?1)", [&blob])
            .unwrap();
        drop(c);
        let bytes = std::fs::read(&db).unwrap();
        assert_eq!(
            rpm_sqlite(&bytes),
            vec![("bash".to_string(), "5.1.8-6.el9".to_string())]
        );
        assert!(rpm_sqlite(b"not a database").is_empty());
        assert_eq!(rpm_header(&[0, 0, 0, 9]), None);
    }
}
