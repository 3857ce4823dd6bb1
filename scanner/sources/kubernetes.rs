//! Kubernetes manifests: every object of a multi-document YAML file is a document of its own,
//! with its pod spec and containers found wherever the workload kind keeps them.

use super::yaml::SpannedDocument;
use super::{reference as image, Parsed};
use crate::model::{Document, Kind, Location, ResourceSpans, SourceMap, Suppression};
use serde_json::{json, Value};

const CLUSTER_SCOPED: &[&str] = &[
    "Namespace",
    "ClusterRole",
    "ClusterRoleBinding",
    "PersistentVolume",
    "StorageClass",
    "CustomResourceDefinition",
    "Node",
    "PriorityClass",
    "ValidatingWebhookConfiguration",
    "MutatingWebhookConfiguration",
    "APIService",
    "RuntimeClass",
    "IngressClass",
];

/// True when a YAML document is a Kubernetes object (and not a kustomize or Helm file).
pub fn is_object(value: &Value) -> bool {
    let kind = value.get("kind").and_then(Value::as_str);
    value.get("apiVersion").and_then(Value::as_str).is_some()
        && kind.is_some()
        && !matches!(kind, Some("Kustomization" | "Component"))
        && !value
            .get("apiVersion")
            .and_then(Value::as_str)
            .is_some_and(|a| a.starts_with("kustomize.config.k8s.io"))
}

/// Where the pod spec of a workload sits inside the object.
fn pod_path(kind: &str) -> Option<Vec<&'static str>> {
    match kind {
        "Pod" => Some(vec!["spec"]),
        "Deployment"
        | "StatefulSet"
        | "DaemonSet"
        | "ReplicaSet"
        | "Job"
        | "ReplicationController" => Some(vec!["spec", "template", "spec"]),
        "CronJob" => Some(vec!["spec", "jobTemplate", "spec", "template", "spec"]),
        _ => None,
    }
}

fn path_value(path: &[Value]) -> Value {
    Value::Array(path.to_vec())
}

/// One object to a document.
pub fn object_document(
    rel: &str,
    doc: &SpannedDocument,
    suppressions: &[Suppression],
) -> Option<Parsed> {
    let value = &doc.value;
    if !is_object(value) {
        return None;
    }
    let kind = value["kind"].as_str().unwrap_or_default();
    let name = value
        .pointer("/metadata/name")
        .and_then(Value::as_str)
        .or_else(|| {
            value
                .pointer("/metadata/generateName")
                .and_then(Value::as_str)
        })
        .unwrap_or("");
    let cluster_scoped = CLUSTER_SCOPED.contains(&kind);
    let namespace = if cluster_scoped {
        String::new()
    } else {
        value
            .pointer("/metadata/namespace")
            .and_then(Value::as_str)
            .unwrap_or("default")
            .to_string()
    };
    let address = if cluster_scoped {
        format!("{kind}/{name}")
    } else {
        format!("{kind}/{namespace}/{name}")
    };
    let mut workload = Value::Null;
    let mut containers = Vec::new();
    if let Some(pod_path) = pod_path(kind) {
        let pointer: String = pod_path.iter().map(|p| format!("/{p}")).collect();
        if let Some(pod) = value.pointer(&pointer).filter(|p| p.is_object()) {
            workload = json!({"pod_path": pod_path, "pod": pod});
            for (field, init) in [
                ("initContainers", true),
                ("containers", false),
                ("ephemeralContainers", false),
            ] {
                let Some(list) = pod.get(field).and_then(Value::as_array) else {
                    continue;
                };
                for (i, c) in list.iter().enumerate() {
                    let mut path: Vec<Value> = pod_path.iter().map(|p| json!(p)).collect();
                    path.push(json!(field));
                    path.push(json!(i));
                    let image_text = c.get("image").and_then(Value::as_str);
                    containers.push(json!({
                        "name": c.get("name"),
                        "init": init,
                        "path": path_value(&path),
                        "image": image_text,
                        "image_ref": image_text.map(image::parse_reference),
                        "spec": c,
                    }));
                }
            }
        }
    }
    let input = json!({
        "kind": "kubernetes",
        "path": rel,
        "resources": [{
            "address": address,
            "type": kind,
            "name": name,
            "namespace": namespace,
            "api_version": value["apiVersion"],
            "file": rel,
            "attributes": value,
        }],
        "object": {"address": address, "kind": kind, "namespace": namespace, "name": name},
        "workload": workload,
        "containers": containers,
    });
    let location = |region| Location {
        file: rel.to_string(),
        region,
    };
    let spans = ResourceSpans {
        location: Some(location(doc.root)),
        attributes: doc
            .spans
            .iter()
            .map(|(p, r)| (p.clone(), location(*r)))
            .collect(),
    };
    let mut source_map = SourceMap::default();
    source_map.resources.insert(address.clone(), spans);
    let (start, end) = (doc.root.start_line, doc.root.end_line);
    // `metadata.annotations."tollgate.io/ignore": 'TG-… reason="…"'` suppresses for this object.
    let annotation_path: Vec<String> = ["metadata", "annotations", "tollgate.io/ignore"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let annotated = value
        .pointer("/metadata/annotations/tollgate.io~1ignore")
        .and_then(Value::as_str)
        .and_then(|v| {
            let line = doc
                .spans
                .get(&annotation_path)
                .map(|r| r.start_line)
                .unwrap_or(start);
            super::suppress::from_value(rel, line, start, v)
        });
    Some(Parsed {
        document: Document {
            kind: Kind::Kubernetes,
            path: rel.to_string(),
            file: rel.to_string(),
            input,
            source_map,
            // Suppressions of this object only: those above it or inside it.
            suppressions: suppressions
                .iter()
                .filter(|s| s.target_line >= start && s.target_line <= end.max(start))
                .cloned()
                .chain(annotated)
                .collect(),
        },
        diagnostics: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sources::yaml;

    const MANIFEST: &str = "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: report\n  namespace: jobs\nspec:\n  schedule: '0 * * * *'\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          initContainers:\n            - name: init\n              image: busybox\n          containers:\n            - name: run\n              image: ghcr.io/acme/report:1.2\n              securityContext:\n                privileged: true\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: admin\nrules: []\n";

    fn documents() -> Vec<Parsed> {
        yaml::parse(MANIFEST, &|_, v| v)
            .unwrap()
            .iter()
            .filter_map(|d| object_document("k.yaml", d, &[]))
            .collect()
    }

    #[test]
    fn workloads_expose_pod_and_containers() {
        let docs = documents();
        assert_eq!(docs.len(), 2);
        let cron = &docs[0].document.input;
        assert_eq!(cron["object"]["address"], "CronJob/jobs/report");
        assert_eq!(
            cron["workload"]["pod_path"],
            json!(["spec", "jobTemplate", "spec", "template", "spec"])
        );
        let containers = cron["containers"].as_array().unwrap();
        assert_eq!(containers[0]["init"], true);
        assert_eq!(containers[0]["image_ref"]["repository"], "library/busybox");
        assert_eq!(
            containers[1]["path"],
            json!([
                "spec",
                "jobTemplate",
                "spec",
                "template",
                "spec",
                "containers",
                0
            ])
        );
        assert_eq!(
            docs[1].document.input["object"]["address"],
            "ClusterRole/admin"
        );
    }

    #[test]
    fn container_paths_map_to_lines() {
        let docs = documents();
        let path: Vec<String> = [
            "spec",
            "jobTemplate",
            "spec",
            "template",
            "spec",
            "containers",
            "0",
            "securityContext",
            "privileged",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let loc = docs[0]
            .document
            .source_map
            .locate("CronJob/jobs/report", &path)
            .unwrap();
        assert_eq!(loc.region.start_line, 19);
        let cluster_role = docs[1]
            .document
            .source_map
            .locate("ClusterRole/admin", &[])
            .unwrap();
        assert_eq!(cluster_role.region.start_line, 21);
    }
}
