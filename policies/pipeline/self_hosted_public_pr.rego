# METADATA
# title: Pull requests do not run on self-hosted runners
# description: A workflow triggered by pull_request or pull_request_target runs code that the author of the pull request controls. On a self-hosted runner that code runs on your machine, in your network, and can leave a process or a poisoned cache behind for the next job, which may hold deployment secrets. Jobs whose runs-on is an expression are not checked.
# custom:
#   id: TG-GHA-008
#   severity: high
#   dimension: security
#   kinds: [pipeline]
#   frameworks: {}
#   remediation: |
#     Run pull request jobs on GitHub-hosted (or ephemeral, isolated) runners, and keep
#     self-hosted runners for workflows that run only on trusted events:
#       on: pull_request
#       jobs:
#         test:
#           runs-on: ubuntu-latest
#     In a repository that accepts outside contributions, also require approval for
#     workflows from forks in the repository's Actions settings.
package tollgate.pipeline.self_hosted_public_pr

import rego.v1

pull_request_events := {"pull_request", "pull_request_target"}

deny contains finding if {
	input.platform == "github"
	count(events) > 0
	some r in items(input.resources)
	is_object(r)
	r.type == "job"
	is_string(r.address)
	is_object(r.attributes)
	self_hosted(r.attributes["runs-on"])
	finding := {
		"resource": r.address,
		"path": ["runs-on"],
		"message": sprintf("Job %s runs on a self-hosted runner in a workflow triggered by %s.", [r.address, concat(", ", sort(events))]),
	}
}

events contains e if {
	is_object(input.pipeline)
	some e in items(input.pipeline.triggers)
	e in pull_request_events
}

events contains e if {
	is_object(input.github)
	on := object.get(input.github, "on", null)
	some e in pull_request_events
	triggered_by(on, e)
}

self_hosted(x) if self_hosted_label(x)

self_hosted(x) if {
	is_array(x)
	some label in x
	self_hosted_label(label)
}

self_hosted(x) if {
	is_object(x)
	self_hosted(object.get(x, "labels", null))
}

self_hosted_label(x) if {
	is_string(x)
	lower(trim_space(x)) == "self-hosted"
}

triggered_by(on, event) if {
	is_object(on)
	event in object.keys(on)
}

triggered_by(on, event) if on == event

triggered_by(on, event) if {
	is_array(on)
	event in on
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
