//! The maturity card for people: a terminal table with bars, Markdown for pull requests and
//! wikis, and a self-contained HTML report (inline CSS and SVG, no script, no network) rendered
//! with minijinja from the templates in `reports/`.

use crate::maturity::{Card, DimensionCard};
use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, ContentArrangement, Table};
use serde::Serialize;
use std::fmt::Write as _;

const HTML_TEMPLATE: &str = include_str!("../../reports/card.html.j2");
const MARKDOWN_TEMPLATE: &str = include_str!("../../reports/card.md.j2");

fn bar(score: Option<f64>) -> String {
    match score {
        Some(s) => {
            let filled = (s / 5.0).round().clamp(0.0, 20.0) as usize;
            format!("{}{}", "█".repeat(filled), "░".repeat(20 - filled))
        }
        None => "not assessed".to_string(),
    }
}

fn score_text(d: &DimensionCard) -> String {
    d.score
        .map(|s| format!("{s:.0}"))
        .unwrap_or_else(|| "–".to_string())
}

fn level_text(level: Option<u8>, name: &Option<String>) -> String {
    match (level, name) {
        (Some(l), Some(n)) => format!("{l} {n}"),
        _ => "not assessed".to_string(),
    }
}

/// The terminal card.
pub fn table(card: &Card) -> String {
    let deltas = card.deltas();
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header([
            "Dimension",
            "Score",
            "",
            "Level",
            "Rules passed",
            "Since last run",
        ]);
    for d in &card.dimensions {
        table.add_row(vec![
            Cell::new(d.dimension.as_str()),
            Cell::new(score_text(d)),
            Cell::new(bar(d.score)),
            Cell::new(level_text(d.level, &d.level_name)),
            Cell::new(format!("{}/{}", d.rules_passed, d.rules_applied)),
            Cell::new(
                deltas
                    .get(&d.dimension)
                    .map(|x| format!("{x:+.1}"))
                    .unwrap_or_default(),
            ),
        ]);
    }
    let mut out = format!(
        "Maturity card — {}\nOverall: {} ({}), confidence {:.0}%\n",
        card.target,
        level_text(card.overall.level, &card.overall.level_name),
        card.overall
            .score
            .map(|s| format!("score {s:.0}"))
            .unwrap_or_else(|| "no score".into()),
        card.confidence * 100.0
    );
    let _ = writeln!(out, "{table}");
    for cap in &card.overall.caps {
        let _ = writeln!(out, "cap: {cap}");
    }
    for d in &card.dimensions {
        if d.actions.is_empty() && d.assessed {
            continue;
        }
        let _ = writeln!(out, "\n{}:", d.dimension);
        if !d.assessed {
            let _ = writeln!(out, "  not assessed: {} rules applied", d.rules_applied);
        }
        for cap in &d.caps {
            let _ = writeln!(out, "  cap: {cap}");
        }
        for a in &d.actions {
            let place = a
                .example
                .as_ref()
                .map(|e| format!(" ({}:{})", e.file, e.line))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "  +{:.1} points  {} {}{place}",
                a.points, a.rule_id, a.title
            );
        }
    }
    out
}

#[derive(Serialize)]
struct BarView {
    dimension: String,
    score: Option<f64>,
    score_text: String,
    level: String,
    x: f64,
    y: f64,
    height: f64,
    color: &'static str,
}

#[derive(Serialize)]
struct SeriesView {
    dimension: String,
    color: &'static str,
    points: String,
    last_x: f64,
    last_y: f64,
}

#[derive(Serialize)]
struct CardView<'a> {
    card: &'a Card,
    slug: String,
    overall_level: String,
    overall_score: String,
    bars: Vec<BarView>,
    trend: Vec<SeriesView>,
    runs: usize,
    deltas: Vec<(String, String)>,
}

fn color(dimension: &str) -> &'static str {
    match dimension {
        "automation" => "#2563eb",
        "deployment" => "#9333ea",
        "reliability" => "#059669",
        _ => "#dc2626",
    }
}

const CHART_HEIGHT: f64 = 160.0;
const TREND_WIDTH: f64 = 420.0;

fn view(card: &Card, index: usize) -> CardView<'_> {
    let bars = card
        .dimensions
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let height = d.score.unwrap_or(0.0) / 100.0 * CHART_HEIGHT;
            BarView {
                dimension: d.dimension.as_str().to_string(),
                score: d.score,
                score_text: score_text(d),
                level: level_text(d.level, &d.level_name),
                x: 30.0 + i as f64 * 90.0,
                y: 10.0 + CHART_HEIGHT - height,
                height,
                color: color(d.dimension.as_str()),
            }
        })
        .collect();
    // Past runs then this one, evenly spaced.
    let runs = card.history.len() + 1;
    let step = if runs > 1 {
        (TREND_WIDTH - 60.0) / (runs - 1) as f64
    } else {
        0.0
    };
    let trend = card
        .dimensions
        .iter()
        .map(|d| {
            let mut scores: Vec<Option<f64>> = card
                .history
                .iter()
                .map(|h| h.dimensions.get(&d.dimension).copied().flatten())
                .collect();
            scores.push(d.score);
            let coords: Vec<(f64, f64)> = scores
                .iter()
                .enumerate()
                .filter_map(|(i, s)| {
                    s.map(|s| {
                        (
                            30.0 + i as f64 * step,
                            10.0 + CHART_HEIGHT - s / 100.0 * CHART_HEIGHT,
                        )
                    })
                })
                .collect();
            let (last_x, last_y) = coords
                .last()
                .copied()
                .unwrap_or((30.0, 10.0 + CHART_HEIGHT));
            SeriesView {
                dimension: d.dimension.as_str().to_string(),
                color: color(d.dimension.as_str()),
                points: coords
                    .iter()
                    .map(|(x, y)| format!("{x:.1},{y:.1}"))
                    .collect::<Vec<_>>()
                    .join(" "),
                last_x,
                last_y,
            }
        })
        .collect();
    let deltas = card
        .deltas()
        .into_iter()
        .map(|(d, x)| (d.as_str().to_string(), format!("{x:+.1}")))
        .collect();
    CardView {
        card,
        slug: format!("target-{index}"),
        overall_level: level_text(card.overall.level, &card.overall.level_name),
        overall_score: card
            .overall
            .score
            .map(|s| format!("{s:.0}"))
            .unwrap_or_else(|| "–".into()),
        bars,
        trend,
        runs,
        deltas,
    }
}

fn render(template: &str, name: &str, cards: &[Card]) -> Result<String, minijinja::Error> {
    let mut env = minijinja::Environment::new();
    env.add_template(name, template)?;
    let views: Vec<CardView> = cards.iter().enumerate().map(|(i, c)| view(c, i)).collect();
    env.get_template(name)?.render(minijinja::context! {
        cards => views,
        portfolio => cards.len() > 1,
        version => env!("CARGO_PKG_VERSION"),
    })
}

/// The HTML report of one card, or a portfolio of several.
pub fn html(cards: &[Card]) -> Result<String, minijinja::Error> {
    render(HTML_TEMPLATE, "card.html", cards)
}

/// The Markdown card(s).
pub fn markdown(cards: &[Card]) -> Result<String, minijinja::Error> {
    render(MARKDOWN_TEMPLATE, "card.md", cards)
}
