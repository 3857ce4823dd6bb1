//! Deployed AWS resources as documents: AWS Config configuration items (from a live sweep, an
//! advanced query or a snapshot file delivered to S3) normalized into one `aws` document per
//! account and region.
//!
//! Every source speaks AWS Config's item format, in one of its two spellings: the delivered
//! snapshot files (`ARN`, `awsAccountId`, `configuration` as an object) and the API
//! (`arn`, `accountId`, `configuration` as a JSON string). [`normalize`] accepts both.

use crate::model::{Diagnostic, Document, Kind, Location, ResourceSpans, SourceMap};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

/// Largest snapshot accepted after decompression: a gzip bomb stops here.
pub const MAX_SNAPSHOT_BYTES: u64 = 1 << 30;

/// The region of global resources (IAM), as AWS Config records it.
pub const GLOBAL: &str = "global";

/// Item statuses of resources that no longer exist or are no longer recorded.
const GONE: &[&str] = &[
    "ResourceDeleted",
    "ResourceDeletedNotRecorded",
    "ResourceNotRecorded",
];

/// Keys whose string values are policy documents (URL-encoded or plain JSON text).
const POLICY_KEYS: &[&str] = &[
    "policyDocument",
    "assumeRolePolicyDocument",
    "document",
    "policyText",
    "keyPolicy",
    "policy",
    "Policy",
];

/// One normalized resource: what a policy sees in `input.resources`.
#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    pub account: String,
    pub region: String,
    pub address: String,
    pub capture_time: Option<String>,
    pub value: Value,
}

fn field<'a>(item: &'a Value, keys: &[&str]) -> Option<&'a str> {
    keys.iter()
        .find_map(|k| item.get(*k).and_then(Value::as_str))
        .filter(|s| !s.is_empty())
}

/// Decodes `%XX` escapes (IAM returns policy documents URL-encoded). Invalid escapes stay.
fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// A JSON document held in a string, parsed: policy documents and the API's `configuration`.
fn parse_embedded(s: &str) -> Option<Value> {
    let trimmed = s.trim_start();
    if trimmed.starts_with('%') {
        return serde_json::from_str(&percent_decode(trimmed)).ok();
    }
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        return serde_json::from_str(trimmed).ok();
    }
    None
}

/// A supplementary value: JSON text parsed, as many times as it was encoded (AWS Config
/// encodes `AccessControlList` twice).
fn unwrap_json(value: &Value) -> Value {
    let mut current = value.clone();
    for _ in 0..3 {
        match &current {
            Value::String(s) => match parse_embedded(s).or_else(|| {
                s.starts_with('"')
                    .then(|| serde_json::from_str::<Value>(s).ok())
                    .flatten()
            }) {
                Some(next) => current = next,
                None => break,
            },
            _ => break,
        }
    }
    current
}

/// Replaces policy documents held as text by the objects they encode, at any depth.
fn decode_policies(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if POLICY_KEYS.contains(&key.as_str()) {
                    if let Some(parsed) = v.as_str().and_then(parse_embedded) {
                        if parsed.is_object() {
                            *v = parsed;
                        }
                    }
                }
                decode_policies(v);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(decode_policies),
        _ => {}
    }
}

/// Masks environment values in a configuration, at any depth: `environment.variables` maps
/// (Lambda) and `{name, value}` lists under `environment` or `environmentVariables` (ECS task
/// definitions, CodeBuild). Each masked entry says whether the value looked like a credential.
fn mask_environment(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                match (key.as_str(), &mut *v) {
                    ("environment" | "environmentVariables", Value::Array(list)) => {
                        for entry in list.iter_mut().filter_map(Value::as_object_mut) {
                            if let Some(Value::String(text)) = entry.get("value").cloned() {
                                entry.insert("value".into(), json!(super::secrets::mask(&text)));
                                entry.insert(
                                    "secret_value".into(),
                                    json!(super::secrets::secret_value(&text)),
                                );
                            }
                        }
                    }
                    ("environment", Value::Object(env)) => {
                        if let Some(Value::Object(vars)) = env.get_mut("variables") {
                            let secret: Vec<String> = vars
                                .iter()
                                .filter(|(_, v)| {
                                    v.as_str().is_some_and(super::secrets::secret_value)
                                })
                                .map(|(k, _)| k.clone())
                                .collect();
                            for v in vars.values_mut() {
                                if let Value::String(text) = v {
                                    *v = json!(super::secrets::mask(text));
                                }
                            }
                            env.insert("secret_values".into(), json!(secret));
                        }
                    }
                    _ => {}
                }
                mask_environment(v);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(mask_environment),
        _ => {}
    }
}

/// Tags as an object, from the snapshot's map or the API's `[{key, value}]` list.
fn tags(value: Option<&Value>) -> Value {
    match value {
        Some(Value::Object(map)) => Value::Object(map.clone()),
        Some(Value::Array(list)) => Value::Object(
            list.iter()
                .filter_map(|t| {
                    let key = field(t, &["key", "Key"])?;
                    let value = t
                        .get("value")
                        .or_else(|| t.get("Value"))
                        .cloned()
                        .unwrap_or(Value::Null);
                    Some((key.to_string(), value))
                })
                .collect(),
        ),
        _ => json!({}),
    }
}

/// One configuration item, in either spelling, as a resource; `None` for deleted resources and
/// items without a type or an account.
pub fn normalize(item: &Value) -> Option<Resource> {
    let status = field(item, &["configurationItemStatus"]).unwrap_or("OK");
    if GONE.contains(&status) {
        return None;
    }
    let resource_type = field(item, &["resourceType"])?;
    let account = field(item, &["awsAccountId", "accountId"])?.to_string();
    let region = field(item, &["awsRegion"]).unwrap_or(GLOBAL).to_string();
    let id = field(item, &["resourceId"]).unwrap_or_default();
    let arn = field(item, &["ARN", "arn"]);
    let address = match arn {
        Some(a) => a.to_string(),
        None => format!("{resource_type}/{id}"),
    };
    let mut configuration = match item.get("configuration") {
        Some(Value::String(s)) => parse_embedded(s).unwrap_or_else(|| Value::String(s.clone())),
        Some(v) => v.clone(),
        None => Value::Null,
    };
    decode_policies(&mut configuration);
    mask_environment(&mut configuration);
    let mut supplementary = match item.get("supplementaryConfiguration") {
        Some(Value::Object(map)) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), unwrap_json(v)))
                .collect(),
        ),
        _ => json!({}),
    };
    decode_policies(&mut supplementary);
    let value = json!({
        "address": address,
        "type": resource_type,
        "id": id,
        "name": field(item, &["resourceName"]).unwrap_or(id),
        "arn": arn,
        "account": account,
        "region": region,
        "tags": tags(item.get("tags")),
        "configuration": configuration,
        "supplementary": supplementary,
        "relationships": item.get("relationships").cloned().unwrap_or_else(|| json!([])),
    });
    Some(Resource {
        capture_time: field(item, &["configurationItemCaptureTime"]).map(str::to_string),
        account,
        region,
        address,
        value,
    })
}

/// Where the documents of one account-region come from.
#[derive(Debug, Clone)]
pub enum Origin {
    /// A live sweep at a time (RFC 3339).
    Live { collected_at: String },
    /// A snapshot file, relative to the scan root, with the text it was read from (for lines).
    Snapshot { file: String, text: Option<String> },
}

/// The unit path of an account-region.
pub fn unit_path(origin: &Origin, account: &str, region: &str) -> String {
    match origin {
        Origin::Live { .. } => format!("aws/{account}/{region}"),
        Origin::Snapshot { file, .. } => format!("{file}#{account}/{region}"),
    }
}

/// Groups resources into one document per account and region, sorted by path. A resource seen
/// twice (the same address and type) is kept once, the later item winning. (An IAM user and
/// its credential report row share an ARN: they are two resources.)
pub fn documents(resources: Vec<Resource>, origin: &Origin) -> Vec<Document> {
    let mut groups: BTreeMap<(String, String), BTreeMap<(String, String), Resource>> =
        BTreeMap::new();
    for r in resources {
        let key = (
            r.address.clone(),
            r.value["type"].as_str().unwrap_or_default().to_string(),
        );
        groups
            .entry((r.account.clone(), r.region.clone()))
            .or_default()
            .insert(key, r);
    }
    groups
        .into_iter()
        .map(|((account, region), resources)| document(&account, &region, resources, origin))
        .collect()
}

fn document(
    account: &str,
    region: &str,
    resources: BTreeMap<(String, String), Resource>,
    origin: &Origin,
) -> Document {
    let path = unit_path(origin, account, region);
    let (file, collected_at) = match origin {
        Origin::Live { collected_at } => {
            (format!("aws://{account}/{region}"), collected_at.clone())
        }
        Origin::Snapshot { file, .. } => (
            file.clone(),
            resources
                .values()
                .filter_map(|r| r.capture_time.clone())
                .max()
                .unwrap_or_default(),
        ),
    };
    let mut source_map = SourceMap::default();
    if let Origin::Snapshot {
        file,
        text: Some(text),
    } = origin
    {
        let mut from = 0;
        for (address, _) in resources.keys() {
            let needle = serde_json::to_string(address).unwrap_or_default();
            let found = text[from..]
                .find(&needle)
                .map(|i| from + i)
                .or_else(|| text.find(&needle));
            if let Some(offset) = found {
                from = offset;
                let line = text[..offset].matches('\n').count() + 1;
                source_map.resources.insert(
                    address.clone(),
                    ResourceSpans {
                        location: Some(Location::line(file, line)),
                        attributes: BTreeMap::new(),
                    },
                );
            }
        }
    }
    let partition = resources
        .keys()
        .find_map(|(a, _)| {
            a.strip_prefix("arn:")?
                .split(':')
                .next()
                .map(str::to_string)
        })
        .unwrap_or_else(|| "aws".to_string());
    let input = json!({
        "kind": "aws",
        "path": path,
        "account": account,
        "region": region,
        "partition": partition,
        "collected_at": collected_at,
        "resources": resources.into_values().map(|r| r.value).collect::<Vec<_>>(),
    });
    Document {
        kind: Kind::Aws,
        path,
        file,
        input,
        source_map,
        suppressions: Vec::new(),
    }
}

/// Documents written back as one AWS Config snapshot file (`--save-snapshot`): reading it
/// gives the same documents, so a sweep can be kept as evidence and evaluated again offline.
pub fn snapshot(documents: &[Document]) -> Value {
    let items: Vec<Value> = documents
        .iter()
        .filter(|d| d.kind == Kind::Aws)
        .flat_map(|d| {
            let captured = d.input["collected_at"].clone();
            d.input["resources"]
                .as_array()
                .into_iter()
                .flatten()
                .map(move |r| {
                    json!({
                        "configurationItemVersion": "1.3",
                        "configurationItemCaptureTime": captured,
                        "configurationItemStatus": "OK",
                        "awsAccountId": r["account"],
                        "resourceType": r["type"],
                        "resourceId": r["id"],
                        "resourceName": r["name"],
                        "ARN": r["arn"],
                        "awsRegion": r["region"],
                        "tags": r["tags"],
                        "relationships": r["relationships"],
                        "configuration": r["configuration"],
                        "supplementaryConfiguration": r["supplementary"],
                    })
                })
        })
        .collect();
    json!({"fileVersion": "1.0", "configurationItems": items})
}

/// True when JSON text is (likely) an AWS Config snapshot or history file.
pub fn looks_like_snapshot(text: &str) -> bool {
    text.contains("\"configurationItems\"")
}

/// Reads a snapshot file's bytes, gunzipping when they are gzip, up to [`MAX_SNAPSHOT_BYTES`].
pub fn read_bytes(path: &Path, rel: &str) -> Result<Vec<u8>, Diagnostic> {
    let unreadable =
        |e: std::io::Error| Diagnostic::error("unreadable", rel, format!("cannot read: {e}"));
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let mut head = [0u8; 2];
    let gzip = {
        let mut f = &file;
        let n = f.read(&mut head).map_err(unreadable)?;
        n == 2 && head == [0x1f, 0x8b]
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let mut out = Vec::new();
    let reader: Box<dyn Read> = if gzip {
        Box::new(flate2::read::MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    };
    reader
        .take(MAX_SNAPSHOT_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|e| Diagnostic::error("parse-error", rel, format!("cannot decompress: {e}")))?;
    if out.len() as u64 > MAX_SNAPSHOT_BYTES {
        return Err(Diagnostic::error(
            "file-too-large",
            rel,
            format!("skipped: more than {MAX_SNAPSHOT_BYTES} bytes once decompressed"),
        ));
    }
    Ok(out)
}

/// Parses a snapshot or history file into documents. Items that are not objects or lack a
/// type or account become one warning; the others are kept.
pub fn parse_snapshot(
    rel: &str,
    text: &str,
) -> Result<(Vec<Document>, Vec<Diagnostic>), Diagnostic> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        Diagnostic::error("parse-error", rel, format!("invalid JSON: {e}")).at(e.line(), e.column())
    })?;
    let Some(items) = value.get("configurationItems").and_then(Value::as_array) else {
        return Err(Diagnostic::error(
            "parse-error",
            rel,
            "not an AWS Config snapshot: no `configurationItems` array",
        ));
    };
    let mut diagnostics = Vec::new();
    let mut skipped = 0;
    let mut resources = Vec::new();
    for item in items {
        if let Some(r) = normalize(item) {
            resources.push(r);
        } else if field(item, &["resourceType"]).is_none()
            || field(item, &["awsAccountId", "accountId"]).is_none()
        {
            skipped += 1;
        }
    }
    if skipped > 0 {
        diagnostics.push(Diagnostic::warning(
            "invalid-item",
            rel,
            format!(
                "{skipped} configuration items have no resourceType or account and were skipped"
            ),
        ));
    }
    let origin = Origin::Snapshot {
        file: rel.to_string(),
        text: Some(text.to_string()),
    };
    Ok((documents(resources, &origin), diagnostics))
}

/// Marks every recorder item of an account with `globalTypesRecordedInAccount`: whether some
/// region of that account records global resource types (IAM) and is recording. AWS advises
/// recording them in one region only, and one region's document cannot see the others.
pub fn mark_global_recording(items: &mut [Value]) {
    let is_recorder =
        |i: &Value| i["resourceType"].as_str() == Some("AWS::Config::ConfigurationRecorder");
    let recorded: std::collections::BTreeSet<String> = items
        .iter()
        .filter(|i| is_recorder(i))
        .filter(|i| {
            let c = &i["configuration"];
            c["recording"] == json!(true)
                && c["recordingGroup"]["includeGlobalResourceTypes"] == json!(true)
        })
        .filter_map(|i| field(i, &["awsAccountId", "accountId"]).map(str::to_string))
        .collect();
    for item in items.iter_mut().filter(|i| is_recorder(i)) {
        let account = field(item, &["awsAccountId", "accountId"]).map(str::to_string);
        if let (Some(account), Some(c)) = (account, item["configuration"].as_object_mut()) {
            c.insert(
                "globalTypesRecordedInAccount".into(),
                json!(recorded.contains(&account)),
            );
        }
    }
}

/// The `arn:aws:config:…:configuration-recorder/none` placeholder of a region with no recorder.
pub fn recorder_item(account: &str, region: &str, recorder: Option<Map<String, Value>>) -> Value {
    let (name, configuration) = match recorder {
        Some(mut c) => {
            c.insert("present".to_string(), json!(true));
            (
                c.get("name")
                    .and_then(Value::as_str)
                    .unwrap_or("default")
                    .to_string(),
                Value::Object(c),
            )
        }
        None => (
            "none".to_string(),
            json!({"name": null, "recording": false, "present": false}),
        ),
    };
    json!({
        "configurationItemStatus": "OK",
        "resourceType": "AWS::Config::ConfigurationRecorder",
        "resourceId": name,
        "resourceName": name,
        "ARN": format!("arn:aws:config:{region}:{account}:configuration-recorder/{name}"),
        "awsAccountId": account,
        "awsRegion": region,
        "configuration": configuration,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_spellings_normalize_alike() {
        let snapshot = json!({
            "resourceType": "AWS::IAM::Role", "resourceId": "AROA1", "resourceName": "app",
            "ARN": "arn:aws:iam::111111111111:role/app", "awsAccountId": "111111111111",
            "awsRegion": "global", "tags": {"team": "a"},
            "configuration": {"assumeRolePolicyDocument": "%7B%22Version%22%3A%222012-10-17%22%7D"}
        });
        let api = json!({
            "resourceType": "AWS::IAM::Role", "resourceId": "AROA1", "resourceName": "app",
            "arn": "arn:aws:iam::111111111111:role/app", "accountId": "111111111111",
            "awsRegion": "global", "tags": [{"key": "team", "value": "a"}],
            "configuration": "{\"assumeRolePolicyDocument\": \"{\\\"Version\\\": \\\"2012-10-17\\\"}\"}"
        });
        let a = normalize(&snapshot).unwrap();
        let b = normalize(&api).unwrap();
        assert_eq!(a, b);
        assert_eq!(
            a.value["configuration"]["assumeRolePolicyDocument"]["Version"],
            "2012-10-17"
        );
        assert_eq!(a.value["tags"]["team"], "a");
    }

    #[test]
    fn environment_values_are_masked() {
        let item = json!({"resourceType": "AWS::Lambda::Function", "awsAccountId": "1",
            "resourceId": "f", "configuration": {
                "environment": {"variables": {"STAGE": "production", "KEY": "AKIAIOSFODNN7EXAMPLE"}},
                "containerDefinitions": [{"environment": [{"name": "TOKEN", "value": "ghp_0123456789abcdefghij"}]}]}});
        let r = normalize(&item).unwrap();
        let text = r.value.to_string();
        assert!(
            !text.contains("IOSFODNN7") && !text.contains("0123456789abcdef"),
            "{text}"
        );
        let env = &r.value["configuration"]["environment"];
        assert_eq!(env["variables"]["STAGE"], "pr***");
        assert_eq!(env["secret_values"], json!(["KEY"]));
        let container = &r.value["configuration"]["containerDefinitions"][0]["environment"][0];
        assert_eq!(container["secret_value"], true);
    }

    #[test]
    fn global_recording_is_marked_per_account() {
        let group = |global: bool| {
            let mut c = Map::new();
            c.insert("name".into(), json!("default"));
            c.insert("recording".into(), json!(true));
            c.insert(
                "recordingGroup".into(),
                json!({"allSupported": true, "includeGlobalResourceTypes": global}),
            );
            c
        };
        let mut items = vec![
            recorder_item("1", "us-east-1", Some(group(true))),
            recorder_item("1", "eu-west-1", Some(group(false))),
            recorder_item("2", "eu-west-1", Some(group(false))),
            recorder_item("2", "us-east-1", None),
        ];
        mark_global_recording(&mut items);
        let marks: Vec<&Value> = items
            .iter()
            .map(|i| &i["configuration"]["globalTypesRecordedInAccount"])
            .collect();
        assert_eq!(
            marks,
            [&json!(true), &json!(true), &json!(false), &json!(false)]
        );
    }

    #[test]
    fn deleted_items_are_left_out() {
        let item = json!({"resourceType": "AWS::S3::Bucket", "awsAccountId": "1",
            "configurationItemStatus": "ResourceDeleted"});
        assert!(normalize(&item).is_none());
    }

    #[test]
    fn supplementary_json_strings_are_parsed() {
        let item = json!({"resourceType": "AWS::S3::Bucket", "awsAccountId": "1",
            "resourceId": "b", "awsRegion": "eu-west-1",
            "supplementaryConfiguration": {
                "BucketPolicy": "{\"policyText\": \"{\\\"Statement\\\": []}\"}",
                "BucketVersioningConfiguration": {"status": "Off"},
                "AccessControlList": "\"{\\\"grantList\\\": []}\""}});
        let r = normalize(&item).unwrap();
        assert_eq!(r.address, "AWS::S3::Bucket/b");
        assert!(r.value["supplementary"]["BucketPolicy"]["policyText"]["Statement"].is_array());
        assert_eq!(
            r.value["supplementary"]["BucketVersioningConfiguration"]["status"],
            "Off"
        );
    }

    #[test]
    fn snapshot_groups_by_account_and_region_with_lines() {
        let text = r#"{"configurationItems": [
  {"resourceType": "AWS::S3::Bucket", "resourceId": "a", "ARN": "arn:aws:s3:::a",
   "awsAccountId": "1", "awsRegion": "eu-west-1", "configurationItemCaptureTime": "2026-01-02T00:00:00.000Z"},
  {"resourceType": "AWS::S3::Bucket", "resourceId": "b", "ARN": "arn:aws:s3:::b",
   "awsAccountId": "1", "awsRegion": "us-east-1"},
  {"resourceType": "AWS::IAM::User", "resourceId": "u", "ARN": "arn:aws:iam::1:user/u",
   "awsAccountId": "1", "awsRegion": "global"},
  42
]}"#;
        let (docs, diagnostics) = parse_snapshot("snap.json", text).unwrap();
        let paths: Vec<&str> = docs.iter().map(|d| d.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "snap.json#1/eu-west-1",
                "snap.json#1/global",
                "snap.json#1/us-east-1"
            ]
        );
        assert_eq!(docs[0].input["collected_at"], "2026-01-02T00:00:00.000Z");
        let line = docs[2].source_map.resources["arn:aws:s3:::b"]
            .location
            .as_ref()
            .unwrap()
            .region
            .start_line;
        assert_eq!(line, 4);
        assert_eq!(diagnostics.len(), 1);
    }

    #[test]
    fn a_saved_snapshot_reads_back_the_same() {
        let text = r#"{"configurationItems": [
  {"resourceType": "AWS::IAM::Role", "resourceId": "r", "ARN": "arn:aws:iam::1:role/r",
   "awsAccountId": "1", "awsRegion": "global", "configurationItemCaptureTime": "2026-01-02T00:00:00Z",
   "configuration": {"assumeRolePolicyDocument": "%7B%22Statement%22%3A%5B%5D%7D"}}
]}"#;
        let (docs, _) = parse_snapshot("a.json", text).unwrap();
        let saved = snapshot(&docs).to_string();
        let (again, _) = parse_snapshot("a.json", &saved).unwrap();
        assert_eq!(docs[0].input, again[0].input);
    }

    #[test]
    fn not_a_snapshot_is_an_error() {
        assert!(parse_snapshot("x.json", "{\"a\": 1}").is_err());
        assert!(parse_snapshot("x.json", "{\"configurationItems\": [").is_err());
    }
}
