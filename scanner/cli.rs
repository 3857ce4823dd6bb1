//! Command-line arguments.

use crate::report::Format;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use tollgate::model::Severity;

#[derive(Debug, Parser)]
#[command(
    name = "tollgate",
    version,
    about = "Policy-as-code compliance and DevOps-maturity scanner"
)]
pub struct Cli {
    /// More logging on stderr (-v info, -vv debug); RUST_LOG overrides.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Scan a repository or file: Terraform, CloudFormation, Kubernetes, Dockerfiles, compose, CI pipelines.
    Scan(ScanArgs),
    /// Work with policies.
    #[command(subcommand)]
    Policy(PolicyCommand),
    /// List the rules of the loaded policies, or explain one.
    Rules(RulesArgs),
    /// Score a repository's maturity: automation, deployment, reliability, security.
    Card(CardArgs),
    /// One report (HTML or Markdown) from card JSON files of many targets.
    Report(ReportArgs),
    /// Scan container images: `app.tar` (docker-archive), `oci:DIR[:TAG]`, or `registry/repo:tag`.
    Image(ImageArgs),
    /// Record the current findings as accepted, for `scan --baseline`.
    #[command(subcommand)]
    Baseline(BaselineCommand),
    /// Evaluate the policies against deployed resources, read-only.
    #[command(subcommand)]
    Sweep(SweepCommand),
}

#[derive(Debug, Subcommand)]
pub enum SweepCommand {
    /// AWS accounts and regions: AWS Config inventory and IAM (or AWS Config snapshot files).
    Aws(Box<SweepAwsArgs>),
}

#[derive(Debug, Args)]
pub struct SweepAwsArgs {
    /// Regions to sweep, comma-separated [default: every region enabled for the account].
    #[arg(long, value_name = "LIST", value_delimiter = ',', num_args = 1)]
    pub regions: Option<Vec<String>>,
    /// Named profile of the shared AWS config and credentials files.
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,
    /// Send every AWS call to this endpoint (also read from AWS_ENDPOINT_URL).
    #[arg(long, value_name = "URL")]
    pub endpoint_url: Option<String>,
    /// Role to assume in each account; `{account}` is replaced by the account id.
    #[arg(long, value_name = "ARN")]
    pub role_arn: Option<String>,
    /// Role name to assume in each account (instead of --role-arn).
    #[arg(long, value_name = "NAME", conflicts_with = "role_arn")]
    pub role_name: Option<String>,
    /// External id for the assumed role.
    #[arg(long, value_name = "ID")]
    pub external_id: Option<String>,
    /// Accounts to sweep, comma-separated [default: the caller's account].
    #[arg(long, value_name = "LIST", value_delimiter = ',', num_args = 1)]
    pub accounts: Option<Vec<String>>,
    /// Sweep every active account of the organization (needs --role-arn or --role-name).
    #[arg(long, conflicts_with = "accounts")]
    pub organization: bool,
    /// Read resources with one query of this AWS Config aggregator instead of per account.
    #[arg(long, value_name = "NAME", conflicts_with_all = ["accounts", "organization"])]
    pub aggregator: Option<String>,
    /// Evaluate AWS Config snapshot or history files (plain or .gz; files or directories)
    /// instead of calling AWS (repeatable).
    #[arg(long = "config-snapshot", value_name = "PATH")]
    pub config_snapshots: Vec<PathBuf>,
    /// Also write what the sweep read as one AWS Config snapshot file, to keep as evidence or
    /// evaluate again with --config-snapshot.
    #[arg(long, value_name = "FILE")]
    pub save_snapshot: Option<PathBuf>,
    /// Account-regions read at the same time.
    #[arg(long, value_name = "N", default_value_t = 8)]
    pub concurrency: usize,
    /// Attempts per AWS call, with adaptive backoff on throttling.
    #[arg(long, value_name = "N", default_value_t = 6)]
    pub max_attempts: u32,
    /// Time limit of one AWS call, retries included (e.g. 90s, 2m).
    #[arg(long, value_name = "DURATION", default_value = "2m")]
    pub timeout: humantime::Duration,
    #[arg(short, long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Write the report to this file instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit 1 when a finding at or above this severity is not suppressed.
    #[arg(long, value_enum, default_value_t = FailOn::High)]
    pub fail_on: FailOn,
    /// Write one maturity card per account into this directory (`<account>.html`, `.json`).
    #[arg(long, value_name = "DIR")]
    pub cards: Option<PathBuf>,
    /// Never show the progress bar (it shows only on a terminal outside CI anyway).
    #[arg(long)]
    pub no_progress: bool,
    #[command(flatten)]
    pub policies: PolicyArgs,
    /// Organization data (YAML or JSON) merged over the defaults (repeatable).
    #[arg(long = "data", value_name = "FILE")]
    pub data: Vec<PathBuf>,
    #[command(flatten)]
    pub history: HistoryArgs,
}

#[derive(Debug, Subcommand)]
pub enum BaselineCommand {
    /// Scan and write the fingerprints of every active finding.
    Create {
        #[command(flatten)]
        target: TargetArgs,
        /// Where to write the baseline.
        #[arg(
            short,
            long,
            value_name = "FILE",
            default_value = "tollgate-baseline.json"
        )]
        output: PathBuf,
    },
}

/// How images are read: shared by `image` and `scan --images`.
#[derive(Debug, Args)]
pub struct ImageReadArgs {
    /// Talk plain HTTP to this registry (host:port; repeatable).
    #[arg(long = "insecure-registry", value_name = "HOST")]
    pub insecure_registries: Vec<String>,
    /// Platform to pick from a multi-platform image.
    #[arg(long, default_value = "linux/amd64")]
    pub platform: String,
    /// Refuse images whose layers expand beyond this many bytes (tar/gzip bombs).
    #[arg(long, value_name = "BYTES", default_value_t = 8 * 1024 * 1024 * 1024)]
    pub max_image_bytes: u64,
}

#[derive(Debug, Args)]
pub struct ImageArgs {
    /// Images to scan.
    #[arg(required = true)]
    pub images: Vec<String>,
    #[arg(short, long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Write the report to this file instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub policies: PolicyArgs,
    /// Exit 1 when a finding at or above this severity is not suppressed.
    #[arg(long, value_enum, default_value_t = FailOn::High)]
    pub fail_on: FailOn,
    #[command(flatten)]
    pub read: ImageReadArgs,
    /// Organization data (YAML or JSON) merged over the defaults (repeatable).
    #[arg(long = "data", value_name = "FILE")]
    pub data: Vec<PathBuf>,
}

/// Card output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CardFormat {
    Table,
    Json,
    Markdown,
    Html,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// SQLite database of past cards, for trends and deltas.
    #[arg(long, value_name = "PATH", default_value = ".tollgate/history.db")]
    pub history: PathBuf,
    /// Neither read nor write the history.
    #[arg(long)]
    pub no_history: bool,
    /// Maturity model (default: the built-in rules/maturity.toml).
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CardArgs {
    #[command(flatten)]
    pub target: TargetArgs,
    #[arg(short, long, value_enum, default_value_t = CardFormat::Table)]
    pub format: CardFormat,
    /// Write the card to this file instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub history: HistoryArgs,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Card JSON files (`tollgate card … --format json`), one per application or account.
    #[arg(required = true)]
    pub cards: Vec<PathBuf>,
    #[arg(short, long, value_enum, default_value_t = CardFormat::Html)]
    pub format: CardFormat,
    /// Write the report to this file instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Read trends from this history database when it exists.
    #[arg(long, value_name = "PATH", default_value = ".tollgate/history.db")]
    pub history: PathBuf,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    #[command(subcommand)]
    pub action: Option<RulesAction>,
    #[command(flatten)]
    pub policies: PolicyArgs,
    /// Only rules that apply to this kind.
    #[arg(long, value_enum)]
    pub kind: Option<tollgate::model::Kind>,
    /// Only rules of this dimension.
    #[arg(long, value_parser = ["automation", "deployment", "reliability", "security"])]
    pub dimension: Option<String>,
    /// Only rules of this severity.
    #[arg(long, value_enum)]
    pub severity: Option<Severity>,
    /// Only rules mapped to this framework (e.g. nist-800-53, cis-aws-foundations).
    #[arg(long)]
    pub framework: Option<String>,
    /// `table` for people, `markdown` for the rules reference page, `json` for tools.
    #[arg(long, value_parser = ["table", "markdown", "json"], default_value = "table")]
    pub format: String,
}

#[derive(Debug, Subcommand)]
pub enum RulesAction {
    /// Title, description, remediation, frameworks and kinds of one rule.
    Explain {
        /// Rule id, e.g. TG-AWS-S3-001.
        id: String,
    },
}

/// Threshold for a failing exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Critical,
    High,
    Medium,
    Low,
    Info,
    /// Never fail on findings.
    None,
}

impl FailOn {
    pub fn severity(self) -> Option<Severity> {
        match self {
            FailOn::Critical => Some(Severity::Critical),
            FailOn::High => Some(Severity::High),
            FailOn::Medium => Some(Severity::Medium),
            FailOn::Low => Some(Severity::Low),
            FailOn::Info => Some(Severity::Info),
            FailOn::None => None,
        }
    }
}

#[derive(Debug, Args)]
pub struct PolicyArgs {
    /// Add the Rego policies in this directory (repeatable).
    #[arg(long = "policy-dir", value_name = "DIR")]
    pub policy_dirs: Vec<PathBuf>,
    /// Do not load the built-in policy pack.
    #[arg(long)]
    pub no_builtin: bool,
}

/// What to scan and with what: shared by `scan` and `card`.
#[derive(Debug, Args)]
pub struct TargetArgs {
    /// Directory or file to scan.
    pub path: PathBuf,
    #[command(flatten)]
    pub policies: PolicyArgs,
    /// Leave out paths matching this glob, relative to the scanned directory (repeatable).
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Skip files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 10 * 1024 * 1024)]
    pub max_file_size: u64,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Organization data (YAML or JSON) merged over the defaults and tollgate.toml (repeatable).
    #[arg(long = "data", value_name = "FILE")]
    pub data: Vec<PathBuf>,
    /// Configuration file (default: tollgate.toml in the scanned directory or above it).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Also scan the images listed in this file (one reference per line, `#` comments).
    #[arg(long, value_name = "FILE")]
    pub images: Option<PathBuf>,
    #[command(flatten)]
    pub image: ImageReadArgs,
}

#[derive(Debug, Args)]
pub struct ScanArgs {
    #[command(flatten)]
    pub target: TargetArgs,
    /// Output format [default: tollgate.toml's `format`, else table].
    #[arg(short, long, value_enum)]
    pub format: Option<Format>,
    /// Write the report to this file instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit 1 when a finding at or above this severity is not suppressed
    /// [default: tollgate.toml's `fail_on`, else high].
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Also score the maturity card (in the table and JSON outputs).
    #[arg(long)]
    pub card: bool,
    /// Report (and fail on) only findings not in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// With --baseline, also list the baseline findings that are fixed now (on stderr).
    #[arg(long, requires = "baseline")]
    pub show_fixed: bool,
    /// Report and gate only on findings the change since this git revision introduced
    /// (e.g. origin/main); only the units it touched are evaluated.
    #[arg(long, value_name = "REV")]
    pub diff_base: Option<String>,
    /// Ignore inline `tollgate:ignore` comments: every finding counts.
    #[arg(long)]
    pub no_inline_suppressions: bool,
    /// Warn about suppressions that match no finding (on by default when CI=true).
    #[arg(long)]
    pub report_unused_suppressions: bool,
    #[command(flatten)]
    pub history: HistoryArgs,
}

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Run Rego unit tests (`test_*` rules in `*_test.rego`); exits 1 if one fails.
    Test {
        /// Policy directories with their tests (default: the built-in pack).
        dirs: Vec<PathBuf>,
    },
    /// Validate policies: syntax, METADATA (id, title, severity, dimension, kinds) and that each
    /// evaluates; exits 1 when a policy has a problem.
    Check {
        /// Policy directories (default: the built-in pack).
        dirs: Vec<PathBuf>,
    },
}
