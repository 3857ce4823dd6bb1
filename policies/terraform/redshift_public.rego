# METADATA
# title: Redshift clusters are not publicly accessible
# description: A publicly accessible Redshift cluster gets a public IP address and answers connections from the internet wherever its security groups allow them, leaving only the database login between an attacker and the warehouse. Only an explicit publicly_accessible = true is reported; the provider default changed from true to false in version 6, so leaving it unset is not.
# custom:
#   id: TG-AWS-RS-002
#   severity: critical
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["AC-3", "SC-7"]}
#   remediation: |
#     Keep the cluster private and reach it from inside the VPC (a bastion, a VPN or the Redshift Data API):
#       resource "aws_redshift_cluster" "warehouse" {
#         cluster_identifier        = "warehouse"
#         node_type                 = "ra3.xlplus"
#         cluster_subnet_group_name = aws_redshift_subnet_group.private.name
#         publicly_accessible       = false
#       }
package tollgate.terraform.redshift_public

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in managed("aws_redshift_cluster")
	known_true(r.attributes.publicly_accessible)
	finding := {
		"resource": r.address,
		"path": ["publicly_accessible"],
		"message": sprintf("Redshift cluster %s sets publicly_accessible = true, so it can be reached from the internet.", [r.address]),
	}
}

known_true(x) if x == true

known_true(x) if {
	is_string(x)
	lower(x) == "true"
}

# managed(t) is the set of managed (not data) resources of type t with known attributes.
managed(t) := {r |
	some r in input.resources
	r.type == t
	object.get(r, "mode", "managed") == "managed"
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
}
