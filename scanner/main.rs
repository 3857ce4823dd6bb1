//! The `tollgate` command: argument parsing and wiring only.

mod cli;

use anyhow::Context;
use clap::Parser;
use cli::{
    BaselineCommand, CardArgs, CardFormat, Cli, Command, HistoryArgs, ImageArgs, ImageReadArgs,
    PolicyArgs, PolicyCommand, ReportArgs, RulesAction, RulesArgs, ScanArgs, SweepAwsArgs,
    SweepCommand, TargetArgs,
};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tollgate::config::{self, Config};
use tollgate::engine::{self, Engine, PolicySource};
use tollgate::maturity::{self, history::History, Card, Model};
use tollgate::model::Severity;
use tollgate::report;
use tollgate::report::baseline::Baseline;
use tollgate::scan::{self, exit};
use tollgate::sources::image::{fs::Limits, ImageOptions};
use tollgate::sources::DiscoverOptions;
use tracing_subscriber::EnvFilter;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let default_level = match cli.verbose {
        0 => "warn",
        1 => "info",
        _ => "debug",
    };
    // The AWS SDK warns about every credential source it tries; the sweep reports what failed.
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| {
        EnvFilter::new(format!(
            "{default_level},aws_config=error,aws_smithy_runtime=error"
        ))
    });
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();
    let code = match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            exit::USAGE
        }
    };
    ExitCode::from(code as u8)
}

fn run(cli: Cli) -> anyhow::Result<i32> {
    match cli.command {
        Command::Scan(args) => run_scan(args),
        Command::Policy(PolicyCommand::Test { dirs }) => run_policy_test(&dirs),
        Command::Policy(PolicyCommand::Check { dirs }) => run_policy_check(&dirs),
        Command::Rules(args) => run_rules(&args),
        Command::Card(args) => run_card(args),
        Command::Report(args) => run_report(args),
        Command::Image(args) => run_image(args),
        Command::Sweep(SweepCommand::Aws(args)) => run_sweep_aws(*args),
        Command::Baseline(BaselineCommand::Create { target, output }) => {
            let (report, _) = scan_target(&target, false, None)?;
            let baseline = Baseline::from_findings(report.active());
            let text = format!("{}\n", serde_json::to_string_pretty(&baseline)?);
            std::fs::write(&output, text)
                .with_context(|| format!("cannot write {}", output.display()))?;
            eprintln!(
                "{} findings recorded in {}",
                baseline.findings.len(),
                output.display()
            );
            Ok(exit::OK)
        }
    }
}

fn policy_sources(args: &PolicyArgs) -> anyhow::Result<Vec<PolicySource>> {
    let mut sources = if args.no_builtin {
        Vec::new()
    } else {
        engine::builtin_sources()
    };
    for dir in &args.policy_dirs {
        sources.extend(engine::directory_sources(dir)?);
    }
    Ok(sources)
}

fn init_threads(threads: Option<usize>) -> anyhow::Result<()> {
    let mut builder = rayon::ThreadPoolBuilder::new().stack_size(64 * 1024 * 1024);
    if let Some(n) = threads {
        builder = builder.num_threads(n);
    }
    builder
        .build_global()
        .context("cannot start worker threads")
}

/// Compiles the policies and scans the target; `repository` adds the repository document;
/// `diff_base` limits the scan to what changed since that git revision.
fn scan_target(
    target: &TargetArgs,
    repository: bool,
    diff_base: Option<&str>,
) -> anyhow::Result<(scan::ScanReport, Config)> {
    init_threads(target.threads)?;
    if !target.path.exists() {
        anyhow::bail!("{}: no such file or directory", target.path.display());
    }
    let started = std::time::Instant::now();
    let config = load_config(&target.path, target.config.as_deref())?;
    let data = organization_data(&config, &target.data)?;
    let engine = Engine::load(&policy_sources(&target.policies)?, data)?;
    tracing::info!(
        policies = engine.policies().len(),
        elapsed_ms = started.elapsed().as_millis() as u64,
        "policies compiled"
    );
    let images = match &target.images {
        Some(file) => std::fs::read_to_string(file)
            .with_context(|| format!("cannot read {}", file.display()))?
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
            .filter(|l| !l.is_empty())
            .collect(),
        None => Vec::new(),
    };
    let mut exclude = config.exclude.clone();
    exclude.extend(target.exclude.iter().cloned());
    let options = DiscoverOptions {
        exclude,
        max_file_size: target.max_file_size,
        images,
        image: image_options(&target.image),
    };
    let mut report = match diff_base {
        Some(base) => scan::scan_diff(&target.path, &engine, &options, base)?,
        None => scan::scan(&target.path, &engine, &options, repository)
            .context("invalid --exclude glob")?,
    };
    for diagnostic in &report.diagnostics {
        eprintln!("{diagnostic}");
    }
    tracing::info!(
        files = report.files,
        bytes = report.bytes,
        elapsed_ms = started.elapsed().as_millis() as u64,
        "scan finished"
    );
    apply_config(&mut report, &config);
    scan::central_suppressions(&target.path, &mut report).map_err(|e| anyhow::anyhow!(e))?;
    Ok((report, config))
}

fn image_options(args: &ImageReadArgs) -> ImageOptions {
    ImageOptions {
        limits: Limits {
            max_expanded_bytes: args.max_image_bytes,
            ..Limits::default()
        },
        platform: args.platform.clone(),
        insecure_registries: args.insecure_registries.clone(),
    }
}

fn run_image(args: ImageArgs) -> anyhow::Result<i32> {
    init_threads(None)?;
    let cwd = std::env::current_dir()?;
    let data = organization_data(&load_config(&cwd, None)?, &args.data)?;
    let engine = Engine::load(&policy_sources(&args.policies)?, data)?;
    let report = scan::scan_images(&args.images, &engine, &image_options(&args.read));
    for diagnostic in &report.diagnostics {
        eprintln!("{diagnostic}");
    }
    let text = report::render(&report, args.format);
    write_or_print(args.output.as_deref(), &text)?;
    if args.output.is_some() {
        eprint!("{}", report::table::summary(&report));
    }
    Ok(report.exit_code(args.fail_on.severity()))
}

/// `tollgate sweep aws`: live accounts (or Config snapshot files) → findings, one card per
/// account.
fn run_sweep_aws(args: SweepAwsArgs) -> anyhow::Result<i32> {
    use tollgate::sweep;
    init_threads(None)?;
    let cwd = std::env::current_dir()?;
    let data = organization_data(&load_config(&cwd, None)?, &args.data)?;
    let engine = Engine::load(&policy_sources(&args.policies)?, data)?;
    let in_ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    let started = std::time::Instant::now();
    let (swept, target) = if args.config_snapshots.is_empty() {
        let options = sweep::SweepOptions {
            regions: args.regions.clone(),
            profile: args.profile.clone(),
            endpoint_url: args.endpoint_url.clone(),
            role_arn: args.role_arn.clone(),
            role_name: args.role_name.clone(),
            external_id: args.external_id.clone(),
            accounts: args.accounts.clone().unwrap_or_default(),
            organization: args.organization,
            aggregator: args.aggregator.clone(),
            concurrency: args.concurrency,
            max_attempts: args.max_attempts,
            timeout: args.timeout.into(),
            progress: !args.no_progress && !in_ci && std::io::stderr().is_terminal(),
            ..sweep::SweepOptions::default()
        };
        let swept = match sweep::run(&options, &sweep::config_types(&engine)) {
            Ok(s) => s,
            Err(sweep::SweepError::Usage(m)) => anyhow::bail!(m),
            Err(e) => {
                eprintln!("error: {e}");
                return Ok(exit::INCOMPLETE);
            }
        };
        let target = format!("aws:{}", swept.accounts.join(","));
        (swept, target)
    } else {
        let target = args
            .config_snapshots
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        (sweep::read_snapshots(&args.config_snapshots), target)
    };
    for diagnostic in &swept.diagnostics {
        eprintln!("{diagnostic}");
    }
    if let Some(path) = &args.save_snapshot {
        let text =
            serde_json::to_string_pretty(&tollgate::sources::aws::snapshot(&swept.documents))?;
        std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    let account_of: std::collections::BTreeMap<String, String> = swept
        .documents
        .iter()
        .filter_map(|d| Some((d.path.clone(), d.input["account"].as_str()?.to_string())))
        .collect();
    let mut resources_of: std::collections::BTreeMap<String, usize> = Default::default();
    for d in &swept.documents {
        if let Some(account) = d.input["account"].as_str() {
            *resources_of.entry(account.to_string()).or_default() +=
                d.input["resources"].as_array().map_or(0, Vec::len);
        }
    }
    let loaded = tollgate::sources::Loaded {
        documents: swept.documents,
        diagnostics: swept.diagnostics,
        files: swept.resources,
        bytes: 0,
    };
    let evaluation = engine.evaluate(&loaded.documents);
    let mut report = scan::assemble(target, loaded, evaluation, &engine);
    report.counted = "resources";
    scan::central_suppressions(&cwd, &mut report).map_err(|e| anyhow::anyhow!(e))?;
    let elapsed = started.elapsed();
    tracing::info!(
        resources = swept.resources,
        elapsed_ms = elapsed.as_millis() as u64,
        "sweep finished"
    );
    let mut text = report::render(&report, args.format);
    if args.format == report::Format::Json {
        let mut value: serde_json::Value = serde_json::from_str(&text)?;
        value["sweep"] = serde_json::json!({
            "accounts": swept.accounts,
            "regions": swept.regions,
            "resources": swept.resources,
            "operations": swept.operations,
            "seconds": elapsed.as_secs_f64(),
        });
        text = format!("{}\n", serde_json::to_string_pretty(&value)?);
    }
    write_or_print(args.output.as_deref(), &text)?;
    if args.output.is_some() {
        eprint!("{}", report::table::summary(&report));
    }
    if let Some(dir) = &args.cards {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        for account in &swept.accounts {
            let resources = resources_of.get(account).copied().unwrap_or(0);
            let part = account_report(&report, account, &account_of, resources);
            let card = make_card(&part, &args.history)?;
            for (format, ext) in [(CardFormat::Json, "json"), (CardFormat::Html, "html")] {
                let path = dir.join(format!("{account}.{ext}"));
                std::fs::write(&path, render_cards(std::slice::from_ref(&card), format)?)
                    .with_context(|| format!("cannot write {}", path.display()))?;
            }
            eprintln!(
                "card of account {account}: {}",
                dir.join(format!("{account}.html")).display()
            );
        }
    }
    Ok(report.exit_code(args.fail_on.severity()))
}

/// The part of a sweep's report about one account: its findings, coverage and diagnostics.
fn account_report(
    report: &scan::ScanReport,
    account: &str,
    account_of: &std::collections::BTreeMap<String, String>,
    resources: usize,
) -> scan::ScanReport {
    let mine = |document: &str| account_of.get(document).is_some_and(|a| a == account);
    let documents = account_of.values().filter(|a| *a == account).count();
    scan::ScanReport {
        target: format!("aws:{account}"),
        findings: report
            .findings
            .iter()
            .filter(|f| mine(&f.document))
            .cloned()
            .collect(),
        diagnostics: report
            .diagnostics
            .iter()
            .filter(|d| {
                d.file == format!("aws/{account}") || d.file.starts_with(&format!("aws/{account}/"))
            })
            .cloned()
            .collect(),
        rules: report.rules.clone(),
        coverage: report
            .coverage
            .iter()
            .filter(|c| mine(&c.document))
            .cloned()
            .collect(),
        suppressions: Vec::new(),
        existing: 0,
        documents,
        files: resources,
        counted: "resources",
        bytes: 0,
    }
}

fn write_or_print(output: Option<&Path>, text: &str) -> anyhow::Result<()> {
    match output {
        Some(path) => {
            std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
        }
        None => {
            print!("{text}");
            Ok(())
        }
    }
}

/// The card of a report, with the target's history read before and this run appended after.
fn make_card(report: &scan::ScanReport, history: &HistoryArgs) -> anyhow::Result<Card> {
    let model = match &history.model {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            Model::parse(&path.display().to_string(), &text)?
        }
        None => Model::builtin()?,
    };
    let now = humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string();
    let mut card = maturity::card(report, &model, &now);
    // Key the history by the absolute path, so runs from different directories line up.
    card.target = std::path::Path::new(&report.target)
        .canonicalize()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| report.target.clone());
    if !history.no_history {
        let db = History::open(&history.history)?;
        card.history = db.points(&card.target, 30)?;
        db.record(&card)?;
    }
    Ok(card)
}

fn run_scan(args: ScanArgs) -> anyhow::Result<i32> {
    let (mut report, config) = scan_target(&args.target, args.card, args.diff_base.as_deref())?;
    let format = args.format.unwrap_or(match config.format.as_deref() {
        Some("json") => report::Format::Json,
        Some("sarif") => report::Format::Sarif,
        Some("junit") => report::Format::Junit,
        Some("markdown") => report::Format::Markdown,
        Some("gitlab") => report::Format::Gitlab,
        _ => report::Format::Table,
    });
    let fail_on = match (args.fail_on, config.fail_on.as_deref()) {
        (Some(cli), _) => cli.severity(),
        (None, Some("none")) => None,
        (None, Some(s)) => Severity::parse(s),
        (None, None) => Some(Severity::High),
    };
    let today: String = humantime::format_rfc3339_seconds(std::time::SystemTime::now())
        .to_string()
        .chars()
        .take(10)
        .collect();
    let in_ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    let before = report.diagnostics.clone();
    scan::govern_suppressions(
        &mut report,
        &scan::SuppressionPolicy {
            today,
            inline: !args.no_inline_suppressions,
            report_unused: args.report_unused_suppressions || in_ci,
        },
    );
    for diagnostic in report.diagnostics.iter().filter(|d| !before.contains(d)) {
        eprintln!("{diagnostic}");
    }
    if let Some(path) = &args.baseline {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let baseline: Baseline = serde_json::from_str(&text).with_context(|| {
            format!(
                "{} is not a baseline (write one with `tollgate baseline create`)",
                path.display()
            )
        })?;
        if args.show_fixed {
            for entry in baseline.fixed(&report.findings) {
                eprintln!(
                    "fixed since the baseline: {} {} in {}",
                    entry.rule_id,
                    entry.resource.as_deref().unwrap_or("-"),
                    entry.document
                );
            }
        }
        let known = baseline.fingerprints();
        let all = report.findings.len();
        report
            .findings
            .retain(|f| !known.contains(f.fingerprint.as_str()));
        report.existing += all - report.findings.len();
    }
    let card = if args.card {
        Some(make_card(&report, &args.history)?)
    } else {
        None
    };
    let mut text = report::render(&report, format);
    if let Some(card) = &card {
        match format {
            report::Format::Table => text.push_str(&format!("\n{}", report::card::table(card))),
            report::Format::Json => {
                let mut value: serde_json::Value = serde_json::from_str(&text)?;
                value["card"] = serde_json::to_value(card)?;
                text = format!("{}\n", serde_json::to_string_pretty(&value)?);
            }
            report::Format::Markdown => {
                text.push_str(&report::card::markdown(std::slice::from_ref(card))?)
            }
            report::Format::Sarif | report::Format::Junit | report::Format::Gitlab => {
                eprint!("{}", report::card::table(card))
            }
        }
    }
    write_or_print(args.output.as_deref(), &text)?;
    if args.output.is_some() {
        eprint!("{}", report::table::summary(&report));
    }
    github_actions(
        &report,
        args.output.is_some() || format == report::Format::Table,
    )?;
    Ok(report.exit_code(fail_on))
}

/// Inside GitHub Actions: annotations for the pull request (on stdout when it carries no other
/// output, else on stderr) and the Markdown summary appended to `$GITHUB_STEP_SUMMARY`.
fn github_actions(report: &scan::ScanReport, stdout_free: bool) -> anyhow::Result<()> {
    if std::env::var("GITHUB_ACTIONS").as_deref() != Ok("true") {
        return Ok(());
    }
    let annotations = report::github::annotations(report);
    if stdout_free {
        print!("{annotations}");
    } else {
        eprint!("{annotations}");
    }
    if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY") {
        use std::io::Write as _;
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .with_context(|| format!("cannot append to {}", PathBuf::from(&path).display()))?;
        file.write_all(report::markdown::render(report).as_bytes())?;
    }
    Ok(())
}

fn render_cards(cards: &[Card], format: CardFormat) -> anyhow::Result<String> {
    Ok(match format {
        CardFormat::Table => cards
            .iter()
            .map(report::card::table)
            .collect::<Vec<_>>()
            .join("\n"),
        CardFormat::Json if cards.len() == 1 => {
            format!("{}\n", serde_json::to_string_pretty(&cards[0])?)
        }
        CardFormat::Json => format!("{}\n", serde_json::to_string_pretty(cards)?),
        CardFormat::Markdown => report::card::markdown(cards)?,
        CardFormat::Html => report::card::html(cards)?,
    })
}

fn run_card(args: CardArgs) -> anyhow::Result<i32> {
    let (report, _) = scan_target(&args.target, true, None)?;
    let card = make_card(&report, &args.history)?;
    let text = render_cards(std::slice::from_ref(&card), args.format)?;
    write_or_print(args.output.as_deref(), &text)?;
    Ok(exit::OK)
}

fn run_report(args: ReportArgs) -> anyhow::Result<i32> {
    let mut cards = Vec::new();
    for path in &args.cards {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let card: Card = serde_json::from_str(&text).with_context(|| {
            format!(
                "{} is not a card (write one with `tollgate card … --format json`)",
                path.display()
            )
        })?;
        cards.push(card);
    }
    if args.history.is_file() {
        let db = History::open(&args.history)?;
        for card in &mut cards {
            if card.history.is_empty() {
                // The history's last point is this card itself when it was recorded.
                let mut points = db.points(&card.target, 31)?;
                if points
                    .last()
                    .is_some_and(|p| p.generated_at == card.generated_at)
                {
                    points.pop();
                }
                card.history = points;
            }
        }
    }
    let text = render_cards(&cards, args.format)?;
    write_or_print(args.output.as_deref(), &text)?;
    Ok(exit::OK)
}

/// The repository's tollgate.toml: `--config`, else the nearest one at or above the target.
fn load_config(scan_path: &Path, explicit: Option<&Path>) -> anyhow::Result<Config> {
    let path = match explicit {
        Some(p) => Some(p.to_path_buf()),
        None => config::find(scan_path),
    };
    Ok(match path {
        Some(p) => Config::load(&p)?,
        None => Config::default(),
    })
}

/// Organization data: built-in defaults, then tollgate.toml's `[organization]`, then each
/// `--data` file.
fn organization_data(config: &Config, files: &[PathBuf]) -> anyhow::Result<serde_json::Value> {
    let mut overrides = Vec::new();
    if let Some(org) = &config.organization {
        overrides.push(("tollgate.toml".to_string(), serde_json::to_value(org)?));
    }
    for file in files {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read {}", file.display()))?;
        let name = file.display().to_string();
        overrides.push((name.clone(), engine::data::parse(&name, &text)?));
    }
    Ok(engine::data::organization(overrides)?)
}

/// Applies tollgate.toml's rule selection and severity overrides to a report.
fn apply_config(report: &mut scan::ScanReport, config: &Config) {
    for (id, severity) in &config.severity {
        if let (Some(rule), Some(s)) = (report.rules.get_mut(id), Severity::parse(severity)) {
            rule.severity = s;
        }
    }
    let rules = &report.rules;
    report.findings.retain(|f| {
        f.rule_id == engine::SUPPRESSION_WITHOUT_REASON
            || rules.get(&f.rule_id).is_none_or(|r| config.selects(r))
    });
    for f in &mut report.findings {
        if let Some(rule) = report.rules.get(&f.rule_id) {
            f.severity = rule.severity;
        }
    }
}

fn run_policy_check(dirs: &[PathBuf]) -> anyhow::Result<i32> {
    let builtin = engine::builtin_sources();
    let helpers: Vec<PolicySource> = builtin
        .iter()
        .filter(|s| s.path.starts_with("builtin:lib/"))
        .cloned()
        .collect();
    let sources = if dirs.is_empty() {
        builtin
    } else {
        let mut sources = Vec::new();
        for dir in dirs {
            sources.extend(engine::directory_sources(dir)?);
        }
        sources
    };
    let problems = engine::check(&sources, &helpers);
    for p in &problems {
        println!("{}: {}", p.path, p.message);
    }
    let checked = sources.iter().filter(|s| !s.is_test()).count();
    println!(
        "{checked} policy files checked, {} problems",
        problems.len()
    );
    Ok(if problems.is_empty() {
        exit::OK
    } else {
        exit::FINDINGS
    })
}

fn run_policy_test(dirs: &[std::path::PathBuf]) -> anyhow::Result<i32> {
    let sources = if dirs.is_empty() {
        engine::builtin_sources()
    } else {
        let mut sources = Vec::new();
        for dir in dirs {
            sources.extend(engine::directory_sources(dir)?);
        }
        // User tests may import the built-in helpers.
        if !sources
            .iter()
            .any(|s| s.text.contains("package tollgate.lib\n"))
        {
            sources.extend(
                engine::builtin_sources()
                    .into_iter()
                    .filter(|s| s.path.starts_with("builtin:lib/")),
            );
        }
        sources
    };
    let results = engine::testing::run(&sources)?;
    let mut failed = 0;
    for r in &results {
        if r.passed {
            println!("PASS {}", r.name);
        } else {
            failed += 1;
            println!(
                "FAIL {} ({}): {}",
                r.name,
                r.path,
                r.detail.as_deref().unwrap_or("")
            );
        }
    }
    println!("{} passed, {} failed", results.len() - failed, failed);
    Ok(if failed > 0 { exit::FINDINGS } else { exit::OK })
}

fn run_rules(args: &RulesArgs) -> anyhow::Result<i32> {
    let data = engine::data::organization(Vec::new())?;
    let engine = Engine::load(&policy_sources(&args.policies)?, data)?;
    if let Some(RulesAction::Explain { id }) = &args.action {
        let Some(rule) = engine.rules().get(id) else {
            anyhow::bail!("no rule {id}; `tollgate rules` lists them");
        };
        print!("{}", tollgate::report::rules::explain(rule));
        return Ok(exit::OK);
    }
    let rules: Vec<&tollgate::model::Rule> = engine
        .rules()
        .values()
        .filter(|r| args.kind.is_none_or(|k| r.kinds.contains(&k)))
        .filter(|r| {
            args.dimension
                .as_deref()
                .is_none_or(|d| r.dimension.as_str() == d)
        })
        .filter(|r| args.severity.is_none_or(|s| r.severity == s))
        .filter(|r| {
            args.framework
                .as_deref()
                .is_none_or(|f| r.frameworks.get(f).is_some_and(|c| !c.is_empty()))
        })
        .collect();
    let text = match args.format.as_str() {
        "markdown" => tollgate::report::rules::markdown(&rules),
        "json" => format!("{}\n", serde_json::to_string_pretty(&rules)?),
        _ => tollgate::report::rules::table(&rules),
    };
    print!("{text}");
    Ok(exit::OK)
}
