# METADATA
# title: OpenSearch domains encrypt data at rest
# description: Without encryption at rest the indices, swap files, logs and automated snapshots of the domain are stored unencrypted. It can only be turned on when the domain is created or, for newer engine versions, once without rebuilding it.
# custom:
#   id: TG-AWS-ES-001
#   severity: high
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-28"]}
#   remediation: |
#     Encrypt the domain at rest, preferably with a customer managed key:
#       resource "aws_opensearch_domain" "search" {
#         domain_name    = "search"
#         engine_version = "OpenSearch_2.13"
#         encrypt_at_rest {
#           enabled    = true
#           kms_key_id = aws_kms_key.search.arn
#         }
#       }
package tollgate.terraform.opensearch_at_rest

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in domains
	not_true(setting(r, "encrypt_at_rest", "enabled"))
	finding := {
		"resource": r.address,
		"path": ["encrypt_at_rest", 0, "enabled"],
		"message": sprintf("OpenSearch domain %s does not enable encrypt_at_rest, so its indices and snapshots are stored unencrypted.", [r.address]),
	}
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
