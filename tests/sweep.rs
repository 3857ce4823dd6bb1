//! `tollgate sweep aws` against real parts: moto in server mode (started here on 127.0.0.1,
//! seeded with boto3 by tests/aws/seed.py), reached through the AWS SDK with an endpoint
//! override, and a fault-injecting proxy (tests/aws/fault_proxy.py) for throttling and a
//! failing region. Config snapshot files cover resource types moto does not record.
//!
//! The Python with moto comes from `TOLLGATE_TEST_PYTHON` (set by ./scripts/test), else
//! `target/test-venv/bin/python`.

mod common;

use common::*;
use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const WEAK: &str = "111111111111";
const GOOD: &str = "222222222222";

fn python() -> PathBuf {
    let path = std::env::var_os("TOLLGATE_TEST_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target/test-venv/bin/python"));
    assert!(
        path.exists(),
        "{} not found: run ./scripts/test, which installs moto[server] into target/test-venv",
        path.display()
    );
    path
}

/// A process started by a test, stopped (by its own PID) when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn wait_for(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "nothing listens on port {port}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn moto() -> Server {
    let port = free_port();
    let child = Command::new(python())
        .args([
            "-m",
            "moto.server",
            "-H",
            "127.0.0.1",
            "-p",
            &port.to_string(),
        ])
        .env("MOTO_IAM_LOAD_MANAGED_POLICIES", "true")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start moto");
    let server = Server { child, port };
    wait_for(port);
    server
}

fn seeded_moto() -> Server {
    let server = moto();
    let out = Command::new(python())
        .arg(root().join("tests/aws/seed.py"))
        .arg(format!("http://127.0.0.1:{}", server.port))
        .output()
        .expect("run seed.py");
    assert!(
        out.status.success(),
        "seed failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    server
}

/// The fault proxy in front of `upstream`, with its stderr log (one line per injected fault).
fn fault_proxy(upstream: u16, args: &[&str], log: &std::path::Path) -> Server {
    let mut child = Command::new(python())
        .arg(root().join("tests/aws/fault_proxy.py"))
        .arg(upstream.to_string())
        .args(args)
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(log).unwrap())
        .spawn()
        .expect("start fault proxy");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port: u16 = line.trim().parse().expect("proxy port");
    wait_for(port);
    Server { child, port }
}

/// `tollgate sweep aws` with dummy credentials against an endpoint; (exit code, stdout, stderr).
/// Three attempts per call and a minute per call unless `args` say otherwise.
fn sweep(endpoint: &str, args: &[&str]) -> (i32, String, String) {
    let mut defaults = Vec::new();
    if !args.contains(&"--max-attempts") {
        defaults.extend(["--max-attempts", "3"]);
    }
    if !args.contains(&"--timeout") {
        defaults.extend(["--timeout", "60s"]);
    }
    let out = tollgate()
        .args(["sweep", "aws", "--endpoint-url", endpoint, "--no-history"])
        .args(&defaults)
        .args(args)
        .env("AWS_ACCESS_KEY_ID", "AKIATOLLGATETEST0001")
        .env(
            "AWS_SECRET_ACCESS_KEY",
            "tollgate-test-secret-never-printed",
        )
        .env("AWS_REGION", "us-east-1")
        .env_remove("AWS_PROFILE")
        .env_remove("AWS_ENDPOINT_URL")
        .env("AWS_CONFIG_FILE", "/nonexistent")
        .env("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent")
        .output()
        .expect("run tollgate");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).to_string(),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

fn results(sarif: &Value) -> &Vec<Value> {
    sarif["runs"][0]["results"].as_array().unwrap()
}

/// (rule id, ARN, account, region) of every result.
fn located(sarif: &Value) -> Vec<(String, String, String, String)> {
    results(sarif)
        .iter()
        .map(|r| {
            let s = |v: &Value| v.as_str().unwrap_or_default().to_string();
            (
                s(&r["ruleId"]),
                s(&r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"]),
                s(&r["properties"]["account"]),
                s(&r["properties"]["region"]),
            )
        })
        .collect()
}

fn has(found: &[(String, String, String, String)], rule: &str, arn_part: &str) -> bool {
    found
        .iter()
        .any(|(r, arn, _, _)| r == rule && arn.contains(arn_part))
}

#[test]
fn sweeps_two_accounts_in_two_regions_through_assumed_roles() {
    let moto = seeded_moto();
    let endpoint = format!("http://127.0.0.1:{}", moto.port);
    let cards = tempfile::tempdir().unwrap();
    let (code, stdout, stderr) = sweep(
        &endpoint,
        &[
            "--regions",
            "us-east-1,eu-west-1",
            "--accounts",
            &format!("{WEAK},{GOOD}"),
            "--role-arn",
            "arn:aws:iam::{account}:role/TollgateAudit",
            "--format",
            "sarif",
            "--fail-on",
            "none",
            "--cards",
            cards.path().to_str().unwrap(),
        ],
    );
    let sarif: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stderr}"));
    assert_valid_sarif(&sarif);
    assert!(
        !stdout.contains("tollgate-test-secret") && !stderr.contains("tollgate-test-secret"),
        "a credential was printed"
    );
    let found = located(&sarif);

    // The weak account's findings, in both regions and in IAM, located by ARN. (moto's
    // AWS Config records no versioning or encryption of buckets: those rules are covered by
    // the snapshot fixtures.)
    assert!(
        has(&found, "TG-AWS-S3-002", "arn:aws:s3:::weak-us-east-1-111"),
        "{found:?}"
    );
    assert!(
        has(&found, "TG-AWS-S3-002", "arn:aws:s3:::weak-eu-west-1-111"),
        "{found:?}"
    );
    assert!(
        has(
            &found,
            "TG-AWS-IAM-001",
            &format!("arn:aws:iam::{WEAK}:user/alice")
        ),
        "{found:?}"
    );
    assert!(
        has(
            &found,
            "TG-AWS-IAM-003",
            &format!("arn:aws:iam::{WEAK}:role/open-trust")
        ),
        "{found:?}"
    );
    assert!(
        has(&found, "TG-AWS-IAM-006", WEAK),
        "no password policy: {found:?}"
    );
    // Config records nothing in the weak account's eu-west-1: a finding of its own.
    assert!(
        found
            .iter()
            .any(|(r, _, a, g)| r == "TG-AWS-CONFIG-002" && a == WEAK && g == "eu-west-1"),
        "{found:?}"
    );
    // Findings carry their account and region.
    for (rule, arn, account, region) in &found {
        assert!(
            account == WEAK || account == GOOD,
            "{rule} {arn}: account {account}"
        );
        assert!(
            ["us-east-1", "eu-west-1", "global"].contains(&region.as_str()),
            "{rule} {arn}: region {region}"
        );
    }
    // The compliant account raises none of the concerns it was seeded to pass.
    for rule in [
        "TG-AWS-S3-002",
        "TG-AWS-IAM-001",
        "TG-AWS-IAM-003",
        "TG-AWS-IAM-006",
        "TG-AWS-CONFIG-001",
        "TG-AWS-CONFIG-002",
    ] {
        let bad: Vec<_> = found
            .iter()
            .filter(|(r, _, a, _)| r == rule && a == GOOD)
            .collect();
        assert!(bad.is_empty(), "{rule} in the compliant account: {bad:?}");
    }

    // moto answers 500 for the public-read bucket: that one resource is reported unreadable,
    // the other buckets of the region are still evaluated.
    let notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let unreadable: Vec<&Value> = notes
        .iter()
        .filter(|n| n["properties"]["code"] == "resource-unreadable")
        .collect();
    assert!(
        unreadable.iter().any(|n| n["message"]["text"]
            .as_str()
            .unwrap_or("")
            .contains("weak-public-111")),
        "{notes:?}"
    );
    assert_eq!(code, 3, "an unreadable resource makes the sweep incomplete");

    // One card per account; the weak account scores lower on security.
    let card = |account: &str| -> Value {
        let path = cards.path().join(format!("{account}.json"));
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
    };
    let score = |c: &Value| {
        c["dimensions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["dimension"] == "security")
            .and_then(|d| d["score"].as_f64())
            .unwrap_or(-1.0)
    };
    let (weak, good) = (card(WEAK), card(GOOD));
    assert_eq!(weak["target"], format!("aws:{WEAK}"));
    assert!(
        score(&weak) < score(&good),
        "{} vs {}",
        score(&weak),
        score(&good)
    );
    assert!(cards.path().join(format!("{GOOD}.html")).is_file());
}

#[test]
fn sweep_calls_only_documented_read_only_operations() {
    let moto = seeded_moto();
    let endpoint = format!("http://127.0.0.1:{}", moto.port);
    let (_, stdout, stderr) = sweep(
        &endpoint,
        &[
            "--regions",
            "us-east-1",
            "--accounts",
            WEAK,
            "--role-name",
            "TollgateAudit",
            "--format",
            "json",
        ],
    );
    let report: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stderr}"));
    let used: Vec<&str> = report["sweep"]["operations"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let policy = readme
        .split("<!-- sweep-policy -->")
        .nth(1)
        .and_then(|s| s.split("```json").nth(1))
        .and_then(|s| s.split("```").next())
        .expect("README has the sweep's IAM policy after <!-- sweep-policy -->");
    let policy: Value = serde_json::from_str(policy).expect("the README policy is JSON");
    let allowed: Vec<&str> = policy["Statement"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["Action"].as_array().unwrap().iter())
        .filter_map(Value::as_str)
        .collect();
    assert!(used.len() >= 8, "{used:?}");
    for op in &used {
        assert!(
            allowed.contains(op),
            "{op} is called but not in the README policy"
        );
    }
    for op in &allowed {
        let verb = op.split(':').nth(1).unwrap_or_default();
        assert!(
            [
                "List",
                "Get",
                "Describe",
                "Select",
                "BatchGet",
                "GenerateCredentialReport",
                "AssumeRole"
            ]
            .iter()
            .any(|p| verb.starts_with(p)),
            "{op} is not read-only"
        );
    }
    assert!(used.contains(&"config:ListDiscoveredResources"));
    assert!(used.contains(&"iam:GetCredentialReport"));
}

#[test]
fn throttling_is_retried_and_a_failing_region_or_account_is_reported() {
    let moto = seeded_moto();
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("faults.log");
    let proxy = fault_proxy(
        moto.port,
        &[
            "--throttle",
            "2",
            "--deny-region",
            "eu-west-1",
            "--deny-account",
            GOOD,
        ],
        &log,
    );
    let endpoint = format!("http://127.0.0.1:{}", proxy.port);
    let (code, stdout, stderr) = sweep(
        &endpoint,
        &[
            "--regions",
            "us-east-1,eu-west-1",
            "--accounts",
            &format!("{WEAK},{GOOD}"),
            "--role-name",
            "TollgateAudit",
            "--max-attempts",
            "3",
            "--format",
            "sarif",
            "--fail-on",
            "none",
        ],
    );
    let sarif: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stderr}"));
    assert_valid_sarif(&sarif);
    let faults = std::fs::read_to_string(&log).unwrap();
    assert!(
        faults.matches("ThrottlingException").count() >= 2,
        "no throttling was injected: {faults}"
    );
    let found = located(&sarif);
    // us-east-1 got through the throttling; IAM (global) is unaffected.
    assert!(
        has(&found, "TG-AWS-S3-002", "weak-us-east-1-111"),
        "{found:?}\n{stderr}"
    );
    assert!(has(&found, "TG-AWS-IAM-001", "user/alice"), "{found:?}");
    // eu-west-1 failed: no findings from it, and the sweep says so.
    assert!(
        !found.iter().any(|(_, _, _, r)| r == "eu-west-1"),
        "{found:?}"
    );
    let notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let incomplete = |scope: String| {
        notes
            .iter()
            .find(|n| {
                n["properties"]["code"] == "sweep-incomplete"
                    && n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == scope
            })
            .and_then(|n| n["message"]["text"].as_str())
            .unwrap_or_else(|| panic!("{scope} not reported: {notes:?}"))
            .to_string()
    };
    let region = incomplete(format!("aws/{WEAK}/eu-west-1"));
    assert!(region.contains("UnrecognizedClientException"), "{region}");
    // The account whose role cannot be assumed is one failure, and nothing of it is reported.
    let account = incomplete(format!("aws/{GOOD}"));
    assert!(account.contains("AccessDenied"), "{account}");
    assert!(!found.iter().any(|(_, _, a, _)| a == GOOD), "{found:?}");
    assert_eq!(
        sarif["runs"][0]["invocations"][0]["executionSuccessful"],
        false
    );
    assert!(
        stderr.contains(&format!("aws/{WEAK}/eu-west-1")),
        "{stderr}"
    );
    assert_eq!(code, 3, "a partial sweep exits 3: {stderr}");
}

#[test]
fn an_organization_is_swept_account_by_account() {
    let moto = moto();
    let endpoint = format!("http://127.0.0.1:{}", moto.port);
    let out = Command::new(python())
        .arg(root().join("tests/aws/seed.py"))
        .args([&endpoint, "--organization"])
        .output()
        .expect("run seed.py");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let members: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(members.len(), 2);
    // No --regions: moto has no account:ListRegions, so the sweep says so and falls back to the
    // configured region.
    let (code, stdout, stderr) = sweep(
        &endpoint,
        &[
            "--organization",
            "--role-name",
            "TollgateAudit",
            "--format",
            "json",
            "--fail-on",
            "none",
        ],
    );
    let report: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stderr}"));
    let accounts: Vec<&str> = report["sweep"]["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(accounts.len(), 3, "{accounts:?}");
    assert!(accounts.contains(&"123456789012"));
    for m in &members {
        assert!(
            accounts.contains(&m.as_str()),
            "{m} not swept: {accounts:?}"
        );
    }
    assert_eq!(report["sweep"]["regions"], serde_json::json!(["us-east-1"]));
    assert!(
        stderr.contains("cannot list the enabled regions"),
        "{stderr}"
    );
    let operations = report["sweep"]["operations"].to_string();
    assert!(
        operations.contains("organizations:ListAccounts"),
        "{operations}"
    );
    // Every account was read: its recorder state is a finding of its own (none records).
    for account in &accounts {
        assert!(
            report["findings"].as_array().unwrap().iter().any(|f| {
                f["rule_id"] == "TG-AWS-CONFIG-002" && f["properties"]["account"] == *account
            }),
            "{account}: {}",
            report["findings"]
        );
    }
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn an_aggregator_query_moto_cannot_answer_is_reported() {
    // moto answers SelectAggregateResourceConfig with HTTP 500: the sweep says what failed.
    let moto = moto();
    let (code, stdout, stderr) = sweep(
        &format!("http://127.0.0.1:{}", moto.port),
        &["--aggregator", "org-aggregator", "--max-attempts", "1"],
    );
    assert_eq!(code, 3, "{stdout}\n{stderr}");
    assert!(stderr.contains("aggregator org-aggregator"), "{stderr}");
    assert!(stderr.contains("HTTP 500"), "{stderr}");
}

#[test]
fn an_unreachable_endpoint_fails_fast_with_a_clear_message() {
    let port = free_port();
    let (code, _, stderr) = sweep(
        &format!("http://127.0.0.1:{port}"),
        &[
            "--regions",
            "us-east-1",
            "--max-attempts",
            "1",
            "--timeout",
            "10s",
        ],
    );
    assert_eq!(code, 3, "{stderr}");
    assert!(stderr.contains("no usable AWS credentials"), "{stderr}");
}

/// A snapshot in the format AWS Config delivers to S3, gzip-compressed, with resource types
/// moto does not record.
fn write_snapshot(dir: &std::path::Path) -> PathBuf {
    let snapshot = serde_json::json!({
        "fileVersion": "1.0",
        "configSnapshotId": "0f4c2b3e-1111-2222-3333-444455556666",
        "configurationItems": [
            {
                "configurationItemVersion": "1.3",
                "configurationItemCaptureTime": "2026-11-20T02:00:00.000Z",
                "configurationItemStatus": "OK",
                "awsAccountId": WEAK,
                "resourceType": "AWS::EC2::SecurityGroup",
                "resourceId": "sg-0a1b2c3d",
                "resourceName": "admin",
                "ARN": format!("arn:aws:ec2:eu-west-1:{WEAK}:security-group/sg-0a1b2c3d"),
                "awsRegion": "eu-west-1",
                "tags": {},
                "relationships": [],
                "configuration": {
                    "groupName": "admin", "groupId": "sg-0a1b2c3d", "vpcId": "vpc-1",
                    "ipPermissions": [{"ipProtocol": "tcp", "fromPort": 22, "toPort": 22,
                        "ipRanges": ["0.0.0.0/0"], "ipv4Ranges": [{"cidrIp": "0.0.0.0/0"}],
                        "ipv6Ranges": [], "userIdGroupPairs": [], "prefixListIds": []}],
                    "ipPermissionsEgress": []
                },
                "supplementaryConfiguration": {}
            },
            {
                "configurationItemVersion": "1.3",
                "configurationItemCaptureTime": "2026-11-20T02:00:00.000Z",
                "configurationItemStatus": "OK",
                "awsAccountId": WEAK,
                "resourceType": "AWS::RDS::DBInstance",
                "resourceId": "db-ABCDEFG",
                "resourceName": "orders",
                "ARN": format!("arn:aws:rds:eu-west-1:{WEAK}:db:orders"),
                "awsRegion": "eu-west-1",
                "tags": {},
                "relationships": [],
                "configuration": {
                    "dBInstanceIdentifier": "orders", "engine": "postgres",
                    "storageEncrypted": false, "publiclyAccessible": true, "multiAZ": false,
                    "backupRetentionPeriod": 1, "deletionProtection": false,
                    "autoMinorVersionUpgrade": true, "iAMDatabaseAuthenticationEnabled": false
                },
                "supplementaryConfiguration": {}
            },
            {
                "configurationItemStatus": "ResourceDeleted",
                "awsAccountId": WEAK,
                "resourceType": "AWS::RDS::DBInstance",
                "resourceId": "db-GONE",
                "ARN": format!("arn:aws:rds:eu-west-1:{WEAK}:db:gone"),
                "awsRegion": "eu-west-1"
            }
        ]
    });
    let path = dir.join(format!(
        "{WEAK}_Config_eu-west-1_ConfigSnapshot_20261120T020000Z_0f4c2b3e.json.gz"
    ));
    let mut gz = flate2::write::GzEncoder::new(
        std::fs::File::create(&path).unwrap(),
        flate2::Compression::default(),
    );
    gz.write_all(snapshot.to_string().as_bytes()).unwrap();
    gz.finish().unwrap();
    path
}

#[test]
fn config_snapshots_are_evaluated_like_a_live_sweep() {
    let dir = tempfile::tempdir().unwrap();
    write_snapshot(dir.path());
    std::fs::write(dir.path().join("broken.json"), "{\"configurationItems\": [").unwrap();
    let out = tollgate()
        .args(["sweep", "aws", "--config-snapshot"])
        .arg(dir.path())
        .args(["--format", "sarif", "--fail-on", "high", "--no-history"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let sarif: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stderr}"));
    assert_valid_sarif(&sarif);
    let found = located(&sarif);
    let db = format!("arn:aws:rds:eu-west-1:{WEAK}:db:orders");
    for rule in ["TG-AWS-EC2-001", "TG-AWS-RDS-001", "TG-AWS-RDS-004"] {
        assert!(
            found.iter().any(|(r, arn, a, g)| r == rule
                && (arn == &db || arn.contains("sg-0a1b2c3d"))
                && a == WEAK
                && g == "eu-west-1"),
            "{rule}: {found:?}"
        );
    }
    assert!(
        !found.iter().any(|(_, arn, _, _)| arn.contains("db:gone")),
        "{found:?}"
    );
    // The broken file is a diagnostic; the good one is still evaluated.
    assert!(stderr.contains("broken.json"), "{stderr}");
    assert_eq!(
        out.status.code(),
        Some(1),
        "high findings gate the exit code"
    );
}

#[test]
fn a_central_suppression_names_a_deployed_resource_by_arn() {
    let snapshots = tempfile::tempdir().unwrap();
    write_snapshot(snapshots.path());
    let workdir = tempfile::tempdir().unwrap();
    let db = format!("arn:aws:rds:eu-west-1:{WEAK}:db:orders");
    std::fs::write(
        workdir.path().join(".tollgateignore.yaml"),
        format!(
            "- rule: TG-AWS-RDS-004\n  resource: \"{db}\"\n  reason: reached only through the VPN, reviewed by security\n  owner: data-team\n  expires: 2099-01-01\n"
        ),
    )
    .unwrap();
    let out = tollgate()
        .current_dir(workdir.path())
        .args(["sweep", "aws", "--config-snapshot"])
        .arg(snapshots.path())
        .args(["--format", "json", "--fail-on", "none", "--no-history"])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    let public = findings
        .iter()
        .find(|f| f["rule_id"] == "TG-AWS-RDS-004" && f["resource"] == db.as_str())
        .expect("the finding stays in the report");
    assert!(
        public["suppressed"]["justification"]
            .as_str()
            .unwrap_or_default()
            .contains("data-team"),
        "{public}"
    );
    // Other rules on the same database are not suppressed.
    assert!(findings
        .iter()
        .any(|f| f["rule_id"] == "TG-AWS-RDS-001" && f["suppressed"].is_null()));
}
