# METADATA
# title: OpenSearch encrypts traffic between nodes
# description: Without node-to-node encryption documents, queries and cluster state travel between the data and master nodes of the domain in clear text inside the VPC.
# custom:
#   id: TG-AWS-ES-002
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-8"]}
#   remediation: |
#     Encrypt the traffic between the domain's nodes with TLS:
#       resource "aws_opensearch_domain" "search" {
#         domain_name    = "search"
#         engine_version = "OpenSearch_2.13"
#         node_to_node_encryption {
#           enabled = true
#         }
#       }
package tollgate.terraform.opensearch_node_to_node

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in domains
	not_true(setting(r, "node_to_node_encryption", "enabled"))
	finding := {
		"resource": r.address,
		"path": ["node_to_node_encryption", 0, "enabled"],
		"message": sprintf("OpenSearch domain %s does not enable node_to_node_encryption, so traffic between its nodes is not encrypted.", [r.address]),
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
