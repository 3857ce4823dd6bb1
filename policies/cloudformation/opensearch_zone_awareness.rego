# METADATA
# title: OpenSearch domains spread across availability zones
# description: Without zone awareness, or with a single data node, all copies of the domain's shards can sit in one availability zone, and an outage of that zone makes the domain unavailable or loses data.
# custom:
#   id: TG-AWS-ES-004
#   severity: medium
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["REL10"], nist-800-53: ["CP-10"]}
#   remediation: |
#     Run at least two data nodes (three for three zones) with zone awareness:
#       SearchDomain:
#         Type: AWS::OpenSearchService::Domain
#         Properties:
#           EngineVersion: OpenSearch_2.13
#           ClusterConfig:
#             InstanceType: r6g.large.search
#             InstanceCount: 3
#             ZoneAwarenessEnabled: true
#             ZoneAwarenessConfig:
#               AvailabilityZoneCount: 3
package tollgate.cloudformation.opensearch_zone_awareness

import rego.v1

import data.tollgate.lib

# The cluster configuration property of each domain type.
config_property := {
	"AWS::OpenSearchService::Domain": "ClusterConfig",
	"AWS::Elasticsearch::Domain": "ElasticsearchClusterConfig",
}

deny contains finding if {
	some r in domains
	name := config_property[r.type]
	not_true(option(r, name, "ZoneAwarenessEnabled"))
	finding := {
		"resource": r.address,
		"path": [name, "ZoneAwarenessEnabled"],
		"message": sprintf("OpenSearch domain %s does not set ZoneAwarenessEnabled to true, so its nodes may all be in one availability zone.", [r.address]),
	}
}

# InstanceCount defaults to 1.
deny contains finding if {
	some r in domains
	name := config_property[r.type]
	truthy(option(r, name, "ZoneAwarenessEnabled"))
	fewer_than_two(option(r, name, "InstanceCount"))
	finding := {
		"resource": r.address,
		"path": [name, "InstanceCount"],
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

# CloudFormation accepts booleans as strings.
truthy(x) if x == true

truthy(x) if {
	is_string(x)
	lower(x) == "true"
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
