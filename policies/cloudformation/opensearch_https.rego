# METADATA
# title: OpenSearch endpoints require HTTPS with TLS 1.2
# description: A domain endpoint that does not enforce HTTPS accepts queries, documents and credentials over plain HTTP, and a TLS policy older than Policy-Min-TLS-1-2 still negotiates TLS 1.0 and 1.1.
# custom:
#   id: TG-AWS-ES-003
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["SC-8"]}
#   remediation: |
#     Enforce HTTPS and a TLS 1.2 minimum on the domain endpoint:
#       SearchDomain:
#         Type: AWS::OpenSearchService::Domain
#         Properties:
#           EngineVersion: OpenSearch_2.13
#           DomainEndpointOptions:
#             EnforceHTTPS: true
#             TLSSecurityPolicy: Policy-Min-TLS-1-2-PFS-2023-10
package tollgate.cloudformation.opensearch_https

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in domains
	not_true(option(r, "DomainEndpointOptions", "EnforceHTTPS"))
	finding := {
		"resource": r.address,
		"path": ["DomainEndpointOptions", "EnforceHTTPS"],
		"message": sprintf("OpenSearch domain %s does not set EnforceHTTPS to true, so its endpoint accepts plain HTTP.", [r.address]),
	}
}

deny contains finding if {
	some r in domains
	policy := option(r, "DomainEndpointOptions", "TLSSecurityPolicy")
	is_string(policy)
	not tls12(policy)
	finding := {
		"resource": r.address,
		"path": ["DomainEndpointOptions", "TLSSecurityPolicy"],
		"message": sprintf("OpenSearch domain %s uses TLS policy %s, which accepts TLS versions older than 1.2.", [r.address, policy]),
	}
}

# When HTTPS is enforced (or may be) but no policy is named, the endpoint keeps whatever the
# service defaults to, which has been Policy-Min-TLS-1-0-2019-07.
deny contains finding if {
	some r in domains
	option(r, "DomainEndpointOptions", "TLSSecurityPolicy") == null
	not not_true(option(r, "DomainEndpointOptions", "EnforceHTTPS"))
	finding := {
		"resource": r.address,
		"path": ["DomainEndpointOptions", "TLSSecurityPolicy"],
		"message": sprintf("OpenSearch domain %s does not set TLSSecurityPolicy to a Policy-Min-TLS-1-2 policy.", [r.address]),
	}
}

tls12(policy) if startswith(policy, "Policy-Min-TLS-1-2")

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
