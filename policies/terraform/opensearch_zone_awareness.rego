# METADATA
# title: OpenSearch domains spread across availability zones
# description: Without zone awareness, or with a single data node, all copies of the domain's shards can sit in one availability zone, and an outage of that zone makes the domain unavailable or loses data.
# custom:
#   id: TG-AWS-ES-004
#   severity: medium
#   dimension: reliability
#   kinds: [terraform]
#   frameworks: {aws-well-architected: ["REL10"], nist-800-53: ["CP-10"]}
#   remediation: |
#     Run at least two data nodes (three for three zones) with zone awareness:
#       resource "aws_opensearch_domain" "search" {
#         domain_name    = "search"
#         engine_version = "OpenSearch_2.13"
#         cluster_config {
#           instance_type          = "r6g.large.search"
#           instance_count         = 3
#           zone_awareness_enabled = true
#           zone_awareness_config {
#             availability_zone_count = 3
#           }
#         }
#       }
package tollgate.terraform.opensearch_zone_awareness

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in domains
	not_true(setting(r, "cluster_config", "zone_awareness_enabled"))
	finding := {
		"resource": r.address,
		"path": ["cluster_config", 0, "zone_awareness_enabled"],
		"message": sprintf("OpenSearch domain %s does not set zone_awareness_enabled = true, so its nodes may all be in one availability zone.", [r.address]),
	}
}

# instance_count defaults to 1.
deny contains finding if {
	some r in domains
	truthy(setting(r, "cluster_config", "zone_awareness_enabled"))
	count_value := setting(r, "cluster_config", "instance_count")
	fewer_than_two(count_value)
	finding := {
		"resource": r.address,
		"path": ["cluster_config", 0, "instance_count"],
		"message": sprintf("OpenSearch domain %s enables zone awareness with a single data node, which cannot span availability zones.", [r.address]),
	}
}

fewer_than_two(x) if x == null

fewer_than_two(x) if number(x) < 2

number(x) := x if is_number(x)

number(x) := to_number(x) if {
	is_string(x)
	regex.match(`^[0-9]+$`, x)
}

truthy(x) if x == true

truthy(x) if {
	is_string(x)
	lower(x) == "true"
}

domains contains r if {
	some t in ["aws_opensearch_domain", "aws_elasticsearch_domain"]
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}

# setting(r, name, key) is key of the first `name` block of r: null when the block or the key
# is absent, undefined when the block cannot be known (a dynamic block over an unknown list).
setting(r, name, key) := v if {
	b := r.attributes[name][0]
	is_object(b)
	not lib.is_unknown(b)
	v := object.get(b, key, null)
}

setting(r, name, key) := null if no_block(r.attributes, name)

no_block(attrs, name) if object.get(attrs, name, null) == null

no_block(attrs, name) if {
	is_array(attrs[name])
	count(attrs[name]) == 0
}

# not_true(x): x is absent or a known false; an unknown value is neither.
not_true(x) if x == null

not_true(x) if x == false

not_true(x) if {
	is_string(x)
	lower(x) == "false"
}
