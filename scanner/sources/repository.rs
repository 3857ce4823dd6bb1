//! The repository document: one per scanned directory, summarizing what the other documents
//! contain — pipelines and what their jobs do, health checks, alarms, deploy definitions — and
//! which evidence files exist, so rules can check for the *absence* of evidence.

use crate::model::{Document, Kind, Location, Region, ResourceSpans, SourceMap};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

const MARKERS: &[&str] = &[
    "dependabot.yml",
    "dependabot.yaml",
    "renovate.json",
    "renovate.json5",
    ".renovaterc",
    ".renovaterc.json",
    "CODEOWNERS",
    ".pre-commit-config.yaml",
    "README.md",
    "README",
];

/// True for file names that count as evidence by their presence.
pub fn is_marker(name: &str) -> bool {
    MARKERS.contains(&name)
}

fn count_resources(doc: &Document, types: &[&str]) -> usize {
    doc.input["resources"]
        .as_array()
        .map(|r| {
            r.iter()
                .filter(|r| r["type"].as_str().is_some_and(|t| types.contains(&t)))
                .count()
        })
        .unwrap_or(0)
}

/// Builds the repository document from every other document of the scan.
pub fn summarize(documents: &[Document], markers: &[String]) -> Document {
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    let mut pipelines = Vec::new();
    let mut healthchecks: BTreeMap<&str, usize> = BTreeMap::new();
    let mut alarms = 0;
    let mut workloads = 0;
    for doc in documents {
        *kinds.entry(doc.kind.as_str()).or_default() += 1;
        let input = &doc.input;
        match doc.kind {
            Kind::Pipeline => {
                let p = &input["pipeline"];
                pipelines.push(json!({
                    "path": doc.path,
                    "platform": input["platform"],
                    "runs_on_change": p["runs_on_change"],
                    "triggers": p["triggers"],
                    "jobs": p["jobs"].as_array().map(|jobs| jobs.iter().map(|j| json!({
                        "id": j["id"], "activities": j["activities"], "environment": j["environment"],
                        "approval": j["approval"], "before": j["before"],
                    })).collect::<Vec<_>>()).unwrap_or_default(),
                }));
            }
            Kind::Kubernetes => {
                if !input["workload"].is_null() {
                    workloads += 1;
                }
                let probes = input["containers"].as_array().is_some_and(|cs| {
                    cs.iter().any(|c| {
                        c["spec"].get("readinessProbe").is_some()
                            || c["spec"].get("livenessProbe").is_some()
                    })
                });
                if probes {
                    *healthchecks.entry("kubernetes").or_default() += 1;
                }
                if input["object"]["kind"] == "PrometheusRule" {
                    alarms += 1;
                }
            }
            Kind::Dockerfile => {
                let final_check = input["stages"]
                    .as_array()
                    .and_then(|s| s.last())
                    .is_some_and(|s| {
                        s["healthcheck"].is_object() && s["healthcheck"]["none"] != true
                    });
                if final_check {
                    *healthchecks.entry("dockerfile").or_default() += 1;
                }
            }
            Kind::Compose => {
                let n = input["resources"].as_array().map(|r| {
                    r.iter()
                        .filter(|s| s["attributes"].get("healthcheck").is_some())
                        .count()
                });
                *healthchecks.entry("compose").or_default() += n.unwrap_or(0);
            }
            Kind::Terraform | Kind::Cloudformation => {
                *healthchecks.entry("load_balancer").or_default() += count_resources(
                    doc,
                    &[
                        "aws_lb_target_group",
                        "aws_route53_health_check",
                        "AWS::ElasticLoadBalancingV2::TargetGroup",
                        "AWS::Route53::HealthCheck",
                    ],
                );
                alarms += count_resources(
                    doc,
                    &[
                        "aws_cloudwatch_metric_alarm",
                        "aws_cloudwatch_composite_alarm",
                        "AWS::CloudWatch::Alarm",
                        "AWS::CloudWatch::CompositeAlarm",
                    ],
                );
                workloads += count_resources(
                    doc,
                    &[
                        "aws_ecs_service",
                        "aws_lambda_function",
                        "aws_autoscaling_group",
                        "aws_instance",
                        "aws_eks_cluster",
                        "AWS::ECS::Service",
                        "AWS::Lambda::Function",
                        "AWS::AutoScaling::AutoScalingGroup",
                        "AWS::EC2::Instance",
                        "AWS::EKS::Cluster",
                    ],
                );
            }
            Kind::Repository | Kind::Image | Kind::Aws => {}
        }
    }
    let file = markers
        .iter()
        .find(|m| *m == "README.md" || *m == "README")
        .cloned()
        .unwrap_or_else(|| ".".to_string());
    let mut source_map = SourceMap::default();
    source_map.resources.insert(
        "repository".to_string(),
        ResourceSpans {
            location: Some(Location {
                file: file.clone(),
                region: Region {
                    start_line: 1,
                    start_column: 1,
                    end_line: 1,
                    end_column: 1,
                },
            }),
            attributes: BTreeMap::new(),
        },
    );
    let counts: Map<String, Value> = kinds
        .into_iter()
        .map(|(k, n)| (k.to_string(), json!(n)))
        .collect();
    let input = json!({
        "kind": "repository",
        "path": ".",
        "resources": [{"address": "repository", "type": "repository", "name": ".", "file": file, "attributes": {}}],
        "documents": counts,
        "files": markers,
        "pipelines": pipelines,
        "healthchecks": healthchecks,
        "alarms": alarms,
        "workloads": workloads,
    });
    Document {
        kind: Kind::Repository,
        path: ".".to_string(),
        file,
        input,
        source_map,
        suppressions: Vec::new(),
    }
}
