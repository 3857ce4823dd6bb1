package tollgate.compose.approved_registry_test

import rego.v1

import data.tollgate.compose.approved_registry as policy
import data.tollgate.compose.documents_test as docs

organization := {"approved_registries": ["docker.io", "ghcr.io/acme", "*.dkr.ecr.us-east-1.amazonaws.com"]}

# with_ref(doc, name, ref) sets the image_ref the scanner gives an image with a registry
# (the test builder only knows Docker Hub).
with_ref(doc, name, ref) := object.union(doc, {"services": [object.union(s, {"image_ref": ref}) | some s in doc.services; s.name == name]})

test_unapproved_registry_fails if {
	doc := docs.compose({"app": {"image": "registry.example.com/team/app:1.4.2"}})
	findings := policy.deny with input as with_ref(doc, "app", {"registry": "registry.example.com", "repository": "team/app", "tag": "1.4.2", "digest": null})
		with data.tollgate.organization as organization
	count(findings) == 1
	some f in findings
	f.resource == "services.app"
	f.path == ["image"]
	contains(f.message, "registry.example.com")
}

test_path_prefix_is_checked if {
	doc := docs.compose({"app": {"image": "ghcr.io/acme-forks/app:2.0"}})
	count(policy.deny) == 1 with input as with_ref(doc, "app", {"registry": "ghcr.io", "repository": "acme-forks/app", "tag": "2.0", "digest": null})
		with data.tollgate.organization as organization
}

test_approved_images_pass if {
	count(policy.deny) == 0 with input as docs.compose({"db": {"image": "postgres:16.2"}, "api": {"build": "."}})
		with data.tollgate.organization as organization
	doc := docs.compose({"app": {"image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.4.2"}})
	count(policy.deny) == 0 with input as with_ref(doc, "app", {"registry": "123456789012.dkr.ecr.us-east-1.amazonaws.com", "repository": "app", "tag": "1.4.2", "digest": null})
		with data.tollgate.organization as organization
	hub := docs.compose({"cache": {"image": "index.docker.io/library/redis:7.2"}})
	count(policy.deny) == 0 with input as with_ref(hub, "cache", {"registry": "index.docker.io", "repository": "library/redis", "tag": "7.2", "digest": null})
		with data.tollgate.organization as organization
}

test_empty_list_and_variables_pass if {
	doc := docs.compose({"app": {"image": "registry.example.com/team/app:1.4.2"}})
	count(policy.deny) == 0 with input as with_ref(doc, "app", {"registry": "registry.example.com", "repository": "team/app", "tag": "1.4.2", "digest": null})
		with data.tollgate.organization as {"approved_registries": []}
	templated := docs.compose({"app": {"image": "${REGISTRY}/team/app:1.4.2"}})
	count(policy.deny) == 0 with input as with_ref(templated, "app", {"registry": "docker.io", "repository": "${REGISTRY}/team/app", "tag": "1.4.2", "digest": null})
		with data.tollgate.organization as organization
	count(policy.deny) == 0 with input as docs.empty with data.tollgate.organization as organization
}
