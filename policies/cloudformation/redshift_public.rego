# METADATA
# title: Redshift clusters are not publicly accessible
# description: A publicly accessible Redshift cluster gets a public IP address and answers connections from the internet wherever its security groups allow them, leaving only the database login between an attacker and the warehouse. Only an explicit PubliclyAccessible true is reported.
# custom:
#   id: TG-AWS-RS-002
#   severity: critical
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AC-3", "SC-7"]}
#   remediation: |
#     Keep the cluster private and reach it from inside the VPC (a bastion, a VPN or the Redshift Data API):
#       Warehouse:
#         Type: AWS::Redshift::Cluster
#         Properties:
#           ClusterType: multi-node
#           NodeType: ra3.xlplus
#           NumberOfNodes: 2
#           DBName: analytics
#           MasterUsername: admin
#           ManageMasterPassword: true
#           ClusterSubnetGroupName: !Ref PrivateSubnetGroup
#           PubliclyAccessible: false
package tollgate.cloudformation.redshift_public

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::Redshift::Cluster")
	is_object(r.attributes)
	known_true(r.attributes.PubliclyAccessible)
	finding := {
		"resource": r.address,
		"path": ["PubliclyAccessible"],
		"message": sprintf("Redshift cluster %s sets PubliclyAccessible to true, so it can be reached from the internet.", [r.address]),
	}
}

# CloudFormation accepts booleans as strings ("true").
known_true(x) if x == true

known_true(x) if {
	is_string(x)
	lower(x) == "true"
}
