package tollgate.kubernetes.ingress_tls_test

import rego.v1

import data.tollgate.kubernetes.documents_test as docs
import data.tollgate.kubernetes.ingress_tls as policy

rules := [{"host": "shop.example.com", "http": {"paths": [{"path": "/", "pathType": "Prefix", "backend": {"service": {"name": "web", "port": {"number": 80}}}}]}}]

test_ingress_without_tls_fails if {
	findings := policy.deny with input as docs.object("Ingress", "web", {"spec": {"ingressClassName": "nginx", "rules": rules}})
	count(findings) == 1
	some f in findings
	f.resource == "Ingress/prod/web"
	f.path == ["spec", "tls"]
}

test_empty_tls_fails if {
	count(policy.deny) == 1 with input as docs.object("Ingress", "web", {"spec": {"tls": [], "rules": rules}})
}

test_tls_section_passes if {
	count(policy.deny) == 0 with input as docs.object("Ingress", "web", {"spec": {"tls": [{"hosts": ["shop.example.com"], "secretName": "shop-tls"}], "rules": rules}})
}

# The AWS Load Balancer Controller terminates TLS with an ACM certificate, without spec.tls.
test_load_balancer_certificate_passes if {
	count(policy.deny) == 0 with input as docs.object("Ingress", "web", {
		"metadata": {"name": "web", "annotations": {
			"alb.ingress.kubernetes.io/certificate-arn": "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
			"alb.ingress.kubernetes.io/listen-ports": "[{\"HTTPS\": 443}]",
		}},
		"spec": {"ingressClassName": "alb", "rules": rules},
	})
}

test_unknown_and_other_kinds_pass if {
	count(policy.deny) == 0 with input as docs.object("Ingress", "web", {"spec": {"tls": {"__unknown__": "values.ingress.tls"}, "rules": rules}})
	count(policy.deny) == 0 with input as docs.object("Ingress", "web", {"spec": null})
	count(policy.deny) == 0 with input as docs.object("Service", "web", {"spec": {"ports": [{"port": 80}]}})
	count(policy.deny) == 0 with input as docs.empty
}
