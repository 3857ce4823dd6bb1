# METADATA
# title: OpenSearch encrypts traffic between nodes
# description: Without node-to-node encryption documents, queries and cluster state travel between the data and master nodes of the domain in clear text inside the VPC.
# custom:
#   id: TG-AWS-ES-002
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-8"]}
#   remediation: |
#     Encrypt the traffic between the domain's nodes with TLS:
#       SearchDomain:
#         Type: AWS::OpenSearchService::Domain
#         Properties:
#           EngineVersion: OpenSearch_2.13
#           NodeToNodeEncryptionOptions:
#             Enabled: true
package tollgate.cloudformation.opensearch_node_to_node

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in domains
	not_true(option(r, "NodeToNodeEncryptionOptions", "Enabled"))
	finding := {
		"resource": r.address,
		"path": ["NodeToNodeEncryptionOptions", "Enabled"],
		"message": sprintf("OpenSearch domain %s does not enable NodeToNodeEncryptionOptions, so traffic between its nodes is not encrypted.", [r.address]),
	}
}

domains contains r if {
	some t in ["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"]
	some r in lib.resources(t)
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}

# option(r, name, key) is key of r's `name` property: null when the property or the key is
# absent, undefined when the property cannot be known.
option(r, name, key) := v if {
	o := r.attributes[name]
	is_object(o)
	not lib.is_unknown(o)
	v := object.get(o, key, null)
}

option(r, name, key) := null if object.get(r.attributes, name, null) == null

# not_true(x): x is absent or a known false; an unknown value is neither.
not_true(x) if x == null

not_true(x) if x == false

not_true(x) if {
	is_string(x)
	lower(x) == "false"
}
