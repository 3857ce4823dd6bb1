//! The `tollgate` command: argument parsing and wiring only.

mod cli;

use anyhow::Context;
use clap::Parser;
use cli::{Cli, Command, PolicyArgs, PolicyCommand, ScanArgs};
use std::io::IsTerminal;
use std::process::ExitCode;
use tollgate::engine::{self, Engine, PolicySource};
use tollgate::report;
use tollgate::scan::{self, exit};
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
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default_level));
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
        Command::Rules(args) => run_rules(&args),
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

fn run_scan(args: ScanArgs) -> anyhow::Result<i32> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .stack_size(64 * 1024 * 1024)
            .build_global()
            .context("cannot start worker threads")?;
    } else {
        rayon::ThreadPoolBuilder::new()
            .stack_size(64 * 1024 * 1024)
            .build_global()
            .context("cannot start worker threads")?;
    }
    if !args.path.exists() {
        anyhow::bail!("{}: no such file or directory", args.path.display());
    }
    let started = std::time::Instant::now();
    let engine = Engine::load(&policy_sources(&args.policies)?, None)?;
    tracing::info!(
        policies = engine.policies().len(),
        elapsed_ms = started.elapsed().as_millis() as u64,
        "policies compiled"
    );
    let options = DiscoverOptions {
        exclude: args.exclude.clone(),
        max_file_size: args.max_file_size,
    };
    let report = scan::scan(&args.path, &engine, &options).context("invalid --exclude glob")?;
    for diagnostic in &report.diagnostics {
        eprintln!("{diagnostic}");
    }
    let text = report::render(&report, args.format);
    match &args.output {
        Some(path) => {
            std::fs::write(path, text)
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprint!("{}", report::table::summary(&report));
        }
        None => print!("{text}"),
    }
    tracing::info!(
        files = report.files,
        bytes = report.bytes,
        elapsed_ms = started.elapsed().as_millis() as u64,
        "scan finished"
    );
    Ok(report.exit_code(args.fail_on.severity()))
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

fn run_rules(args: &PolicyArgs) -> anyhow::Result<i32> {
    let engine = Engine::load(&policy_sources(args)?, None)?;
    let mut table = comfy_table::Table::new();
    table
        .load_style(comfy_table::presets::UTF8_FULL_CONDENSED)
        .set_header(["Rule", "Severity", "Dimension", "Kinds", "Title"]);
    for rule in engine.rules().values() {
        table.add_row(vec![
            rule.id.clone(),
            rule.severity.to_string(),
            rule.dimension.to_string(),
            rule.kinds
                .iter()
                .map(|k| k.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            rule.title.clone(),
        ]);
    }
    println!("{table}");
    println!("{} rules", engine.rules().len());
    Ok(exit::OK)
}
