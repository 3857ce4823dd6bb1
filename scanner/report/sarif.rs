//! SARIF 2.1.0 through serde-sarif: one run, every loaded rule in `tool.driver.rules`, findings
//! with physical and logical locations and partial fingerprints, diagnostics as tool execution
//! notifications. The same input gives a byte-identical file.

use crate::model::{DiagnosticLevel, Finding, Kind, Rule, Severity};
use crate::scan::ScanReport;
use serde_json::{json, Value};
use serde_sarif::sarif::{
    ArtifactLocation, Invocation, Location, LogicalLocation, Message, MultiformatMessageString,
    Notification, PhysicalLocation, PropertyBag, Region, ReportingConfiguration,
    ReportingDescriptor, Result as SarifResult, ResultLevel, Run, Sarif, Suppression, Tool,
    ToolComponent,
};
use std::collections::BTreeMap;

const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low | Severity::Info => "note",
    }
}

fn result_level(severity: Severity) -> ResultLevel {
    match severity {
        Severity::Critical | Severity::High => ResultLevel::Error,
        Severity::Medium => ResultLevel::Warning,
        Severity::Low | Severity::Info => ResultLevel::Note,
    }
}

fn help_markdown(rule: &Rule) -> String {
    let mut text = format!("**{}**\n\n{}\n", rule.title, rule.description);
    for (kind, remediation) in &rule.remediation {
        if !remediation.is_empty() {
            text.push_str(&format!("\n### Remediation ({kind})\n\n{remediation}\n"));
        }
    }
    if !rule.frameworks.is_empty() {
        text.push_str("\n### Frameworks\n\n");
        for (framework, controls) in &rule.frameworks {
            text.push_str(&format!("- {framework}: {}\n", controls.join(", ")));
        }
    }
    text
}

fn descriptor(rule: &Rule) -> ReportingDescriptor {
    let mut tags = vec![rule.dimension.as_str().to_string()];
    tags.extend(rule.kinds.iter().map(|k: &Kind| k.as_str().to_string()));
    tags.extend(
        rule.frameworks
            .iter()
            .flat_map(|(f, controls)| controls.iter().map(move |c| format!("{f}/{c}"))),
    );
    if rule.dimension == crate::model::Dimension::Security {
        tags.push("security".to_string());
    }
    tags.sort();
    tags.dedup();
    let mut additional = BTreeMap::new();
    additional.insert(
        "security-severity".to_string(),
        json!(rule.severity.security_score()),
    );
    additional.insert("severity".to_string(), json!(rule.severity));
    additional.insert("dimension".to_string(), json!(rule.dimension));
    additional.insert("frameworks".to_string(), json!(rule.frameworks));
    let help = help_markdown(rule);
    ReportingDescriptor::builder()
        .id(rule.id.clone())
        .name(rule.id.replace('-', ""))
        .short_description(&rule.title)
        .full_description(&if rule.description.is_empty() {
            rule.title.clone()
        } else {
            rule.description.clone()
        })
        .help(
            MultiformatMessageString::builder()
                .text(help.clone())
                .markdown(help)
                .build(),
        )
        .default_configuration(
            ReportingConfiguration::builder()
                .level(json!(level(rule.severity)))
                .build(),
        )
        .properties(
            PropertyBag::builder()
                .tags(tags)
                .additional_properties(additional)
                .build(),
        )
        .build()
}

fn region(r: &crate::model::Region) -> Region {
    let end_column = if r.end_line == r.start_line && r.end_column <= r.start_column {
        r.start_column + 1
    } else {
        r.end_column.max(1)
    };
    Region::builder()
        .start_line(r.start_line.max(1) as i64)
        .start_column(r.start_column.max(1) as i64)
        .end_line(r.end_line.max(r.start_line).max(1) as i64)
        .end_column(end_column as i64)
        .build()
}

fn result(finding: &Finding, rule_index: Option<usize>) -> SarifResult {
    let physical = PhysicalLocation::builder()
        .artifact_location(
            ArtifactLocation::builder()
                .uri(finding.location.file.clone())
                .build(),
        )
        .region(region(&finding.location.region))
        .build();
    let location = match (&finding.resource, finding.kind) {
        // A deployed resource: its ARN is the location; a live sweep has no file to point at.
        (Some(resource), Kind::Aws) => {
            let logical = vec![LogicalLocation::builder()
                .name(resource.clone())
                .fully_qualified_name(resource.clone())
                .kind("resource")
                .build()];
            if finding.location.file.starts_with("aws://") {
                Location::builder().logical_locations(logical).build()
            } else {
                Location::builder()
                    .physical_location(physical)
                    .logical_locations(logical)
                    .build()
            }
        }
        (Some(resource), _) => Location::builder()
            .physical_location(physical)
            .logical_locations(vec![LogicalLocation::builder()
                .name(resource.clone())
                .fully_qualified_name(format!("{}:{resource}", finding.document))
                .kind("resource")
                .build()])
            .build(),
        (None, _) => Location::builder().physical_location(physical).build(),
    };
    let mut fingerprints = BTreeMap::new();
    fingerprints.insert("tollgate/v1".to_string(), finding.fingerprint.clone());
    let mut properties = BTreeMap::new();
    properties.insert("severity".to_string(), json!(finding.severity));
    if !finding.path.is_empty() {
        properties.insert("attributePath".to_string(), json!(finding.path));
    }
    for (key, value) in &finding.properties {
        properties.insert(key.clone(), json!(value));
    }
    let builder = SarifResult::builder()
        .rule_id(finding.rule_id.clone())
        .level(result_level(finding.severity))
        .message(&finding.message)
        .locations(vec![location])
        .partial_fingerprints(fingerprints)
        .properties(
            PropertyBag::builder()
                .additional_properties(properties)
                .build(),
        );
    let builder_with_index = |index: usize| builder.clone().rule_index(index as i64);
    let mut built = match rule_index {
        Some(i) => builder_with_index(i).build(),
        None => builder.build(),
    };
    if let Some(waiver) = &finding.suppressed {
        built.suppressions = Some(vec![Suppression::builder()
            .kind(json!("inSource"))
            .status(json!("accepted"))
            .justification(waiver.justification.clone())
            .location(
                Location::builder()
                    .physical_location(
                        PhysicalLocation::builder()
                            .artifact_location(
                                ArtifactLocation::builder().uri(waiver.file.clone()).build(),
                            )
                            .region(Region::builder().start_line(waiver.line as i64).build())
                            .build(),
                    )
                    .build(),
            )
            .build()]);
    }
    built
}

fn notification(d: &crate::model::Diagnostic) -> Notification {
    let level = match d.level {
        DiagnosticLevel::Error => "error",
        DiagnosticLevel::Warning => "warning",
        DiagnosticLevel::Note => "note",
    };
    let mut region = Region::builder()
        .start_line(d.line.unwrap_or(1).max(1) as i64)
        .build();
    if let Some(c) = d.column {
        region.start_column = Some(c.max(1) as i64);
    }
    let mut properties = BTreeMap::new();
    properties.insert("code".to_string(), json!(d.code));
    Notification::builder()
        .level(json!(level))
        .message(
            Message::builder()
                .text(format!("{}: {}", d.code, d.message))
                .build(),
        )
        .locations(vec![Location::builder()
            .physical_location(
                PhysicalLocation::builder()
                    .artifact_location(ArtifactLocation::builder().uri(d.file.clone()).build())
                    .region(region)
                    .build(),
            )
            .build()])
        .properties(
            PropertyBag::builder()
                .additional_properties(properties)
                .build(),
        )
        .build()
}

/// The SARIF log as a JSON value.
pub fn to_value(report: &ScanReport) -> Value {
    let rules: Vec<&Rule> = report.rules.values().collect();
    let index: BTreeMap<&str, usize> = rules
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.as_str(), i))
        .collect();
    let driver = ToolComponent::builder()
        .name("tollgate")
        .semantic_version(env!("CARGO_PKG_VERSION"))
        .version(env!("CARGO_PKG_VERSION"))
        .rules(rules.iter().map(|r| descriptor(r)).collect::<Vec<_>>())
        .build();
    let invocation = Invocation::builder()
        .execution_successful(!report.incomplete())
        .tool_execution_notifications(
            report
                .diagnostics
                .iter()
                .map(notification)
                .collect::<Vec<_>>(),
        )
        .build();
    let run = Run::builder()
        .tool(Tool::builder().driver(driver).build())
        .invocations(vec![invocation])
        .results(
            report
                .findings
                .iter()
                .map(|f| result(f, index.get(f.rule_id.as_str()).copied()))
                .collect::<Vec<_>>(),
        )
        .column_kind(json!("utf16CodeUnits"))
        .build();
    let sarif = Sarif::builder()
        .schema(SCHEMA_URI)
        .version(json!("2.1.0"))
        .runs(vec![run])
        .build();
    serde_json::to_value(&sarif).unwrap_or(Value::Null)
}

pub fn render(report: &ScanReport) -> String {
    let mut text = serde_json::to_string_pretty(&to_value(report)).unwrap_or_default();
    text.push('\n');
    text
}
