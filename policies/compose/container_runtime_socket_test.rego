package tollgate.compose.container_runtime_socket_test

import rego.v1

import data.tollgate.compose.container_runtime_socket as policy
import data.tollgate.compose.documents_test as docs

test_docker_socket_fails if {
	findings := policy.deny with input as docs.compose({"traefik": {
		"image": "traefik:v3.0.4",
		"volumes": ["./traefik.yml:/etc/traefik/traefik.yml:ro", "/var/run/docker.sock:/var/run/docker.sock:ro"],
	}})
	count(findings) == 1
	some f in findings
	f.resource == "services.traefik"
	f.path == ["volumes", 1]
}

test_long_syntax_and_directories_fail if {
	count(policy.deny) == 3 with input as docs.compose({
		"a": {"image": "docker:26.1", "volumes": [{"type": "bind", "source": "/run/containerd/containerd.sock", "target": "/run/containerd/containerd.sock"}]},
		"b": {"image": "docker:26.1", "volumes": ["/var/run/:/host/run"]},
		"c": {"image": "docker:26.1", "volumes": ["/var/run/crio/crio.sock:/crio.sock"]},
	})
}

test_other_volumes_pass if {
	count(policy.deny) == 0 with input as docs.compose({
		"db": {"image": "postgres:16.2", "volumes": ["db-data:/var/lib/postgresql/data", "./init.sql:/docker-entrypoint-initdb.d/init.sql:ro", "/tmp"]},
		"app": {"image": "acme/app:1.0", "volumes": [{"type": "tmpfs", "target": "/var/run/docker.sock"}]},
	})
}

test_odd_volume_facts_pass if {
	count(policy.deny) == 0 with input as {"kind": "compose", "path": "docker-compose.yml", "resources": [], "services": [
		{"name": "a", "address": "services.a", "image_ref": null, "environment": {}, "volumes": null},
		{"name": "b", "address": "services.b", "image_ref": null, "environment": {}, "volumes": [{"index": 0, "source": {"__unknown__": "${SOCK}"}, "target": "/s"}]},
		"not-a-service",
	]}
}

test_empty_document_passes if {
	count(policy.deny) == 0 with input as docs.empty
}
