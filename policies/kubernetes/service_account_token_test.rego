package tollgate.kubernetes.service_account_token_test

import rego.v1

import data.tollgate.kubernetes.documents_test as docs
import data.tollgate.kubernetes.service_account_token as policy

containers := [{"name": "app", "image": "ghcr.io/acme/app:1.4.2"}]

test_default_mount_fails if {
	findings := policy.deny with input as docs.workload("Deployment", {"serviceAccountName": "web", "containers": containers})
	count(findings) == 1
	some f in findings
	f.resource == "Deployment/prod/web"
	f.path == ["spec", "template", "spec"]
	contains(f.message, "automountServiceAccountToken")
}

test_cronjob_fails if {
	findings := policy.deny with input as docs.workload("CronJob", {"automountServiceAccountToken": null, "containers": containers})
	count(findings) == 1
	some f in findings
	f.path == ["spec", "jobTemplate", "spec", "template", "spec"]
}

test_disabled_token_passes if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"automountServiceAccountToken": false, "containers": containers})
	count(policy.deny) == 0 with input as docs.workload("Pod", {"automountServiceAccountToken": false, "containers": containers})
}

# An explicit true declares that the pod calls the API server.
test_explicit_true_and_unknown_pass if {
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"automountServiceAccountToken": true, "serviceAccountName": "operator", "containers": containers})
	count(policy.deny) == 0 with input as docs.workload("Deployment", {"automountServiceAccountToken": {"__unknown__": "values.automount"}, "containers": containers})
}

test_objects_without_pods_pass if {
	count(policy.deny) == 0 with input as docs.object("ServiceAccount", "web", {})
	count(policy.deny) == 0 with input as docs.empty
}
