# METADATA
# title: OpenSearch domains encrypt data at rest
# description: Without encryption at rest the indices, swap files, logs and automated snapshots of the domain are stored unencrypted. It can only be turned on when the domain is created or, for newer engine versions, once without rebuilding it.
# custom:
#   id: TG-AWS-ES-001
#   severity: high
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-28"]}
#   remediation: |
#     Encrypt the domain at rest, preferably with a customer managed key:
#       SearchDomain:
#         Type: AWS::OpenSearchService::Domain
#         Properties:
#           EngineVersion: OpenSearch_2.13
#           EncryptionAtRestOptions:
#             Enabled: true
#             KmsKeyId: !Ref SearchKey
package tollgate.cloudformation.opensearch_at_rest

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in domains
	not_true(option(r, "EncryptionAtRestOptions", "Enabled"))
	finding := {
		"resource": r.address,
		"path": ["EncryptionAtRestOptions", "Enabled"],
		"message": sprintf("OpenSearch domain %s does not enable EncryptionAtRestOptions, so its indices and snapshots are stored unencrypted.", [r.address]),
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
