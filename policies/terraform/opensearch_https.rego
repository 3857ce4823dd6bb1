# METADATA
# title: OpenSearch endpoints require HTTPS with TLS 1.2
# description: A domain endpoint that does not enforce HTTPS accepts queries, documents and credentials over plain HTTP, and a TLS policy older than Policy-Min-TLS-1-2 still negotiates TLS 1.0 and 1.1.
# custom:
#   id: TG-AWS-ES-003
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SC-8"]}
#   remediation: |
#     Enforce HTTPS and a TLS 1.2 minimum on the domain endpoint:
#       resource "aws_opensearch_domain" "search" {
#         domain_name    = "search"
#         engine_version = "OpenSearch_2.13"
#         domain_endpoint_options {
#           enforce_https       = true
#           tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
#         }
#       }
package tollgate.terraform.opensearch_https

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in domains
	not_true(setting(r, "domain_endpoint_options", "enforce_https"))
	finding := {
		"resource": r.address,
		"path": ["domain_endpoint_options", 0, "enforce_https"],
		"message": sprintf("OpenSearch domain %s does not set enforce_https = true, so its endpoint accepts plain HTTP.", [r.address]),
	}
}

deny contains finding if {
	some r in domains
	policy := setting(r, "domain_endpoint_options", "tls_security_policy")
	is_string(policy)
	not tls12(policy)
	finding := {
		"resource": r.address,
		"path": ["domain_endpoint_options", 0, "tls_security_policy"],
		"message": sprintf("OpenSearch domain %s uses TLS policy %s, which accepts TLS versions older than 1.2.", [r.address, policy]),
	}
}

# When HTTPS is enforced (or may be) but no policy is named, the endpoint keeps whatever the
# service defaults to, which has been Policy-Min-TLS-1-0-2019-07.
deny contains finding if {
	some r in domains
	setting(r, "domain_endpoint_options", "tls_security_policy") == null
	not not_true(setting(r, "domain_endpoint_options", "enforce_https"))
	finding := {
		"resource": r.address,
		"path": ["domain_endpoint_options", 0, "tls_security_policy"],
		"message": sprintf("OpenSearch domain %s does not set tls_security_policy to a Policy-Min-TLS-1-2 policy.", [r.address]),
	}
}

tls12(policy) if startswith(policy, "Policy-Min-TLS-1-2")

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
