//! `tollgate sweep aws`: read deployed resources from AWS Config and IAM across accounts and
//! regions, read-only, and turn them into `aws` documents the policy engine evaluates like any
//! other. AWS Config snapshot files give the same documents offline.
//!
//! A failing account or region (access denied, not opted in, timeout, throttling beyond the
//! retries) is recorded as a [`Failure`] with its reason; the rest of the sweep completes.

pub mod collect;

use crate::model::{Diagnostic, Document, Kind};
use crate::sources::aws::{self, Origin};
use aws_config::BehaviorVersion;
use collect::Calls;
use serde_json::Value;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// Every AWS operation a sweep may call, as IAM actions: the sweep's whole read-only footprint.
/// The README's IAM policy lists exactly these.
pub const OPERATIONS: &[&str] = &[
    "account:ListRegions",
    "config:BatchGetResourceConfig",
    "config:DescribeConfigurationRecorderStatus",
    "config:DescribeConfigurationRecorders",
    "config:ListDiscoveredResources",
    "config:SelectAggregateResourceConfig",
    "config:SelectResourceConfig",
    "iam:GenerateCredentialReport",
    "iam:GetAccountAuthorizationDetails",
    "iam:GetAccountPasswordPolicy",
    "iam:GetAccountSummary",
    "iam:GetCredentialReport",
    "organizations:ListAccounts",
    "sts:AssumeRole",
    "sts:GetCallerIdentity",
];

/// What to sweep and how.
#[derive(Debug, Clone)]
pub struct SweepOptions {
    /// Regions to read; `None`: every region enabled for the account.
    pub regions: Option<Vec<String>>,
    pub profile: Option<String>,
    /// Endpoint override (also read from `AWS_ENDPOINT_URL` by the SDK).
    pub endpoint_url: Option<String>,
    /// Role to assume in each account; `{account}` is replaced by the account id.
    pub role_arn: Option<String>,
    /// Role name to assume in each account (`arn:<partition>:iam::<account>:role/<name>`).
    pub role_name: Option<String>,
    pub external_id: Option<String>,
    pub accounts: Vec<String>,
    /// Every active account of the organization (`organizations:ListAccounts`).
    pub organization: bool,
    /// One AWS Config aggregator query instead of per-account calls.
    pub aggregator: Option<String>,
    /// Account-regions read at the same time.
    pub concurrency: usize,
    /// Attempts per call, with adaptive backoff on throttling.
    pub max_attempts: u32,
    pub initial_backoff: Duration,
    /// Limit for one call, retries included.
    pub timeout: Duration,
    /// Show a progress bar on stderr.
    pub progress: bool,
}

impl Default for SweepOptions {
    fn default() -> Self {
        SweepOptions {
            regions: None,
            profile: None,
            endpoint_url: None,
            role_arn: None,
            role_name: None,
            external_id: None,
            accounts: Vec::new(),
            organization: false,
            aggregator: None,
            concurrency: 8,
            max_attempts: 6,
            initial_backoff: Duration::from_secs(1),
            timeout: Duration::from_secs(120),
            progress: false,
        }
    }
}

/// A part of the sweep that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// `aws/<account>/<region>` (or `aws/<account>` for the whole account).
    pub scope: String,
    pub reason: String,
}

/// What a sweep read.
#[derive(Debug, Default)]
pub struct Sweep {
    pub documents: Vec<Document>,
    pub diagnostics: Vec<Diagnostic>,
    /// Operations called (IAM actions).
    pub operations: Vec<&'static str>,
    pub accounts: Vec<String>,
    pub regions: Vec<String>,
    pub resources: usize,
}

/// Errors that stop a sweep before it starts (bad options, no credentials at all).
#[derive(Debug, thiserror::Error)]
pub enum SweepError {
    #[error("{0}")]
    Usage(String),
    #[error("cannot start the AWS client runtime: {0}")]
    Runtime(#[from] std::io::Error),
    #[error("{0}")]
    Aws(String),
}

/// The AWS Config resource types worth reading: those the `aws` policies name, less the ones
/// read from IAM and the recorder (read separately).
pub fn config_types(engine: &crate::engine::Engine) -> Vec<String> {
    let mut types: Vec<String> = engine
        .policies()
        .iter()
        .filter(|p| p.kinds.contains(&Kind::Aws))
        .flat_map(|p| p.resource_types.iter().cloned())
        .filter(|t| {
            t.starts_with("AWS::")
                && !t.starts_with("AWS::IAM::")
                && t != "AWS::Config::ConfigurationRecorder"
        })
        .collect();
    types.sort();
    types.dedup();
    types
}

/// Reads AWS Config snapshot or history files (plain or gzip), or every `*.json` / `*.json.gz`
/// file under a directory.
pub fn read_snapshots(paths: &[PathBuf]) -> Sweep {
    let mut sweep = Sweep::default();
    for path in paths {
        let files: Vec<PathBuf> = if path.is_dir() {
            walkdir::WalkDir::new(path)
                .sort_by_file_name()
                .into_iter()
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_file())
                .map(|e| e.into_path())
                .filter(|p| {
                    let name = p.to_string_lossy();
                    name.ends_with(".json") || name.ends_with(".json.gz")
                })
                .collect()
        } else {
            vec![path.clone()]
        };
        for file in files {
            let rel = file.display().to_string();
            let text = aws::read_bytes(&file, &rel).and_then(|bytes| {
                String::from_utf8(bytes)
                    .map_err(|_| Diagnostic::error("parse-error", &rel, "not UTF-8 text"))
            });
            match text.and_then(|t| aws::parse_snapshot(&rel, &t)) {
                Ok((documents, diagnostics)) => {
                    sweep.documents.extend(documents);
                    sweep.diagnostics.extend(diagnostics);
                }
                Err(d) => sweep.diagnostics.push(d),
            }
        }
    }
    finish(&mut sweep);
    sweep
}

fn finish(sweep: &mut Sweep) {
    sweep.documents.sort_by(|a, b| a.path.cmp(&b.path));
    sweep.resources = sweep
        .documents
        .iter()
        .map(|d| d.input["resources"].as_array().map_or(0, Vec::len))
        .sum();
    let mut accounts: Vec<String> = sweep
        .documents
        .iter()
        .filter_map(|d| d.input["account"].as_str().map(str::to_string))
        .collect();
    accounts.sort();
    accounts.dedup();
    let mut regions: Vec<String> = sweep
        .documents
        .iter()
        .filter_map(|d| d.input["region"].as_str().map(str::to_string))
        .filter(|r| r != aws::GLOBAL)
        .collect();
    regions.sort();
    regions.dedup();
    if sweep.accounts.is_empty() {
        sweep.accounts = accounts;
    }
    if sweep.regions.is_empty() {
        sweep.regions = regions;
    }
    sweep.diagnostics.sort();
    sweep.diagnostics.dedup();
}

/// Sweeps live accounts. `types` are the AWS Config resource types to read.
pub fn run(options: &SweepOptions, types: &[String]) -> Result<Sweep, SweepError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(sweep_live(options, types))
}

fn now() -> String {
    humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string()
}

async fn base_config(options: &SweepOptions) -> aws_config::SdkConfig {
    use aws_smithy_http_client::tls::{rustls_provider::CryptoMode, Provider};
    let http = aws_smithy_http_client::Builder::new()
        .tls_provider(Provider::Rustls(CryptoMode::Ring))
        .build_https();
    let retry = aws_config::retry::RetryConfig::adaptive()
        .with_max_attempts(options.max_attempts.max(1))
        .with_initial_backoff(options.initial_backoff);
    let timeouts = aws_config::timeout::TimeoutConfig::builder()
        .connect_timeout(Duration::from_secs(10))
        .operation_attempt_timeout(options.timeout.min(Duration::from_secs(60)))
        .operation_timeout(options.timeout)
        .build();
    let mut loader = aws_config::defaults(BehaviorVersion::latest())
        .http_client(http)
        .retry_config(retry)
        .timeout_config(timeouts);
    if let Some(profile) = &options.profile {
        loader = loader.profile_name(profile);
    }
    if let Some(url) = &options.endpoint_url {
        loader = loader.endpoint_url(url);
    }
    let config = loader.load().await;
    if config.region().is_some() {
        config
    } else {
        // STS, IAM and the account's region list need some region to sign with.
        config
            .to_builder()
            .region(aws_config::Region::new("us-east-1"))
            .build()
    }
}

/// The role ARN to assume in `account`, if any.
fn role_for(options: &SweepOptions, account: &str, partition: &str) -> Option<String> {
    match (&options.role_arn, &options.role_name) {
        (Some(template), _) => Some(template.replace("{account}", account)),
        (None, Some(name)) => Some(format!("arn:{partition}:iam::{account}:role/{name}")),
        (None, None) => None,
    }
}

async fn caller(config: &aws_config::SdkConfig, calls: &Calls) -> Result<(String, String), String> {
    calls.record("sts:GetCallerIdentity");
    let out = aws_sdk_sts::Client::new(config)
        .get_caller_identity()
        .send()
        .await
        .map_err(|e| collect::reason(&e))?;
    let account = out.account().unwrap_or_default().to_string();
    let partition = out
        .arn()
        .and_then(|a| a.split(':').nth(1))
        .unwrap_or("aws")
        .to_string();
    Ok((account, partition))
}

async fn organization_accounts(
    config: &aws_config::SdkConfig,
    calls: &Calls,
) -> Result<Vec<String>, String> {
    calls.record("organizations:ListAccounts");
    let pages = aws_sdk_organizations::Client::new(config)
        .list_accounts()
        .into_paginator()
        .send()
        .try_collect()
        .await
        .map_err(|e| collect::reason(&e))?;
    Ok(pages
        .iter()
        .flat_map(|p| p.accounts())
        .filter(|a| {
            a.state().map(|s| s.as_str()) == Some("ACTIVE")
                || a.status().map(|s| s.as_str()) == Some("ACTIVE")
        })
        .filter_map(|a| a.id().map(str::to_string))
        .collect())
}

async fn enabled_regions(
    config: &aws_config::SdkConfig,
    calls: &Calls,
) -> Result<Vec<String>, String> {
    use aws_sdk_account::types::RegionOptStatus;
    calls.record("account:ListRegions");
    let pages = aws_sdk_account::Client::new(config)
        .list_regions()
        .region_opt_status_contains(RegionOptStatus::Enabled)
        .region_opt_status_contains(RegionOptStatus::EnabledByDefault)
        .into_paginator()
        .send()
        .try_collect()
        .await
        .map_err(|e| collect::reason(&e))?;
    let mut regions: Vec<String> = pages
        .iter()
        .flat_map(|p| p.regions())
        .filter_map(|r| r.region_name().map(str::to_string))
        .collect();
    regions.sort();
    Ok(regions)
}

/// One unit of work: the IAM of an account, or the Config of one of its regions.
#[derive(Debug, Clone)]
enum Task {
    Iam,
    Region(String),
}

async fn run_task(
    config: aws_config::SdkConfig,
    calls: Arc<Calls>,
    account: String,
    task: Task,
    types: Arc<Vec<String>>,
) -> Result<(Vec<Value>, Vec<Failure>), Failure> {
    match task {
        Task::Iam => {
            let client = aws_sdk_iam::Client::new(&config);
            collect::iam(&client, &calls, &account)
                .await
                .map(|items| (items, Vec::new()))
                .map_err(|reason| Failure {
                    scope: format!("aws/{account}/{}", aws::GLOBAL),
                    reason: format!("IAM: {reason}"),
                })
        }
        Task::Region(region) => {
            let scope = format!("aws/{account}/{region}");
            let conf = aws_sdk_config::config::Builder::from(&config)
                .region(aws_config::Region::new(region.clone()))
                .build();
            let client = aws_sdk_config::Client::from_conf(conf);
            let fail = |reason: String| Failure {
                scope: scope.clone(),
                reason: format!("AWS Config: {reason}"),
            };
            let recorder = collect::recorder(&client, &calls, &account, &region)
                .await
                .map_err(fail)?;
            let found = collect::resources(&client, &calls, &types, &scope)
                .await
                .map_err(fail)?;
            let mut items = found.items;
            items.push(recorder);
            Ok((items, found.unreadable))
        }
    }
}

fn progress_bar(enabled: bool, total: usize) -> indicatif::ProgressBar {
    if !enabled {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(total as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{spinner} sweeping [{bar:30}] {pos}/{len} account-regions {msg}",
    ) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}

async fn sweep_live(options: &SweepOptions, types: &[String]) -> Result<Sweep, SweepError> {
    let calls = Arc::new(Calls::default());
    let base = base_config(options).await;
    let collected_at = now();
    let mut sweep = Sweep::default();
    let mut failures: Vec<Failure> = Vec::new();
    let mut unreadable: Vec<Failure> = Vec::new();
    let mut items: Vec<Value> = Vec::new();

    if let Some(aggregator) = &options.aggregator {
        let client = aws_sdk_config::Client::new(&base);
        let found = collect::aggregate(&client, &calls, aggregator, types)
            .await
            .map_err(|e| SweepError::Aws(format!("aggregator {aggregator}: {e}")))?;
        items.extend(found);
        sweep.diagnostics.push(Diagnostic {
            level: crate::model::DiagnosticLevel::Note,
            ..Diagnostic::warning(
                "aggregator-scope",
                &format!("aws/aggregator/{aggregator}"),
                "an aggregator query reads AWS Config resources only: IAM credential reports, password policies and recorder states are not part of it",
            )
        });
    } else {
        let (caller_account, partition) = caller(&base, &calls)
            .await
            .map_err(|e| SweepError::Aws(format!("no usable AWS credentials: {e}")))?;
        let accounts = if options.organization {
            organization_accounts(&base, &calls).await.map_err(|e| {
                SweepError::Aws(format!("cannot list the organization's accounts: {e}"))
            })?
        } else if options.accounts.is_empty() {
            vec![caller_account.clone()]
        } else {
            options.accounts.clone()
        };
        if accounts.iter().any(|a| *a != caller_account)
            && options.role_arn.is_none()
            && options.role_name.is_none()
        {
            return Err(SweepError::Usage(
                "sweeping other accounts needs --role-arn or --role-name".to_string(),
            ));
        }
        let regions = match &options.regions {
            Some(r) => r.clone(),
            None => match enabled_regions(&base, &calls).await {
                Ok(r) if !r.is_empty() => r,
                Ok(_) | Err(_) => {
                    let fallback = base
                        .region()
                        .map(|r| r.to_string())
                        .unwrap_or_else(|| "us-east-1".to_string());
                    sweep.diagnostics.push(Diagnostic::warning(
                        "regions-unknown",
                        "aws",
                        format!("cannot list the enabled regions (account:ListRegions); sweeping {fallback} only: pass --regions"),
                    ));
                    vec![fallback]
                }
            },
        };
        // Each account's credentials: the caller's own, or an assumed role (checked once, so a
        // denied account is one failure, not one per region).
        let mut configs = Vec::new();
        for account in &accounts {
            let config = match role_for(options, account, &partition) {
                None => base.clone(),
                Some(role) => {
                    calls.record("sts:AssumeRole");
                    let mut provider = aws_config::sts::AssumeRoleProvider::builder(role.clone())
                        .session_name("tollgate-sweep")
                        .configure(&base);
                    if let Some(id) = &options.external_id {
                        provider = provider.external_id(id);
                    }
                    let provider = provider.build().await;
                    let config = base
                        .to_builder()
                        .credentials_provider(
                            aws_credential_types::provider::SharedCredentialsProvider::new(
                                provider,
                            ),
                        )
                        .build();
                    match caller(&config, &calls).await {
                        Ok((seen, _)) if seen == *account => config,
                        Ok((seen, _)) => {
                            failures.push(Failure {
                                scope: format!("aws/{account}"),
                                reason: format!(
                                    "role {role} answered for account {seen}, not {account}"
                                ),
                            });
                            continue;
                        }
                        Err(e) => {
                            failures.push(Failure {
                                scope: format!("aws/{account}"),
                                reason: format!("cannot assume {role}: {e}"),
                            });
                            continue;
                        }
                    }
                }
            };
            configs.push((account.clone(), config));
        }
        let mut tasks = Vec::new();
        for (account, config) in &configs {
            tasks.push((account.clone(), config.clone(), Task::Iam));
            for region in &regions {
                tasks.push((
                    account.clone(),
                    config.clone(),
                    Task::Region(region.clone()),
                ));
            }
        }
        let bar = progress_bar(options.progress, tasks.len());
        let permits = Arc::new(tokio::sync::Semaphore::new(options.concurrency.max(1)));
        let types = Arc::new(types.to_vec());
        let mut set = tokio::task::JoinSet::new();
        for (account, config, task) in tasks {
            let permits = permits.clone();
            let calls = calls.clone();
            let types = types.clone();
            set.spawn(async move {
                let _permit = permits.acquire_owned().await;
                run_task(config, calls, account, task, types).await
            });
        }
        while let Some(done) = set.join_next().await {
            bar.inc(1);
            match done {
                Ok(Ok((found, bad))) => {
                    items.extend(found);
                    unreadable.extend(bad);
                }
                Ok(Err(failure)) => failures.push(failure),
                Err(e) => failures.push(Failure {
                    scope: "aws".to_string(),
                    reason: format!("a sweep task stopped: {e}"),
                }),
            }
        }
        bar.finish_and_clear();
        sweep.accounts = accounts;
        sweep.regions = regions;
    }
    aws::mark_global_recording(&mut items);
    let resources: Vec<aws::Resource> = items.iter().filter_map(aws::normalize).collect();
    sweep.documents = aws::documents(resources, &Origin::Live { collected_at });
    for f in failures {
        sweep.diagnostics.push(Diagnostic::error(
            "sweep-incomplete",
            &f.scope,
            format!("not swept: {}", f.reason),
        ));
    }
    for f in unreadable {
        sweep.diagnostics.push(Diagnostic::error(
            "resource-unreadable",
            &f.scope,
            format!("resource not read: {}", f.reason),
        ));
    }
    sweep.operations = calls.used();
    finish(&mut sweep);
    Ok(sweep)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_filled_per_account() {
        let options = SweepOptions {
            role_arn: Some("arn:aws:iam::{account}:role/Audit".to_string()),
            ..SweepOptions::default()
        };
        assert_eq!(
            role_for(&options, "111111111111", "aws").as_deref(),
            Some("arn:aws:iam::111111111111:role/Audit")
        );
        let options = SweepOptions {
            role_name: Some("Audit".to_string()),
            ..SweepOptions::default()
        };
        assert_eq!(
            role_for(&options, "2", "aws-cn").as_deref(),
            Some("arn:aws-cn:iam::2:role/Audit")
        );
    }

    #[test]
    fn operations_are_sorted_and_read_only() {
        let mut sorted = OPERATIONS.to_vec();
        sorted.sort();
        assert_eq!(sorted, OPERATIONS);
        for op in OPERATIONS {
            let action = op.split(':').nth(1).unwrap_or_default();
            assert!(
                ["List", "Get", "Describe", "Select", "BatchGet", "Generate", "Assume"]
                    .iter()
                    .any(|p| action.starts_with(p)),
                "{op}"
            );
        }
    }
}
