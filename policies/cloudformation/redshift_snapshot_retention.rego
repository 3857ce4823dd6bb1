# METADATA
# title: Redshift keeps automated snapshots
# description: A retention period of 0 turns off the automated snapshots of a Redshift cluster, leaving only manual snapshots to restore from after a bad load, a dropped table or a lost cluster. Leaving AutomatedSnapshotRetentionPeriod unset keeps the 1 day default and is not reported.
# custom:
#   id: TG-AWS-RS-004
#   severity: medium
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["REL09"], nist-800-53: ["CP-9"]}
#   remediation: |
#     Keep automated snapshots, for a week or more:
#       Warehouse:
#         Type: AWS::Redshift::Cluster
#         Properties:
#           ClusterType: multi-node
#           NodeType: ra3.xlplus
#           NumberOfNodes: 2
#           DBName: analytics
#           MasterUsername: admin
#           ManageMasterPassword: true
#           AutomatedSnapshotRetentionPeriod: 7
package tollgate.cloudformation.redshift_snapshot_retention

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::Redshift::Cluster")
	is_object(r.attributes)
	number(r.attributes.AutomatedSnapshotRetentionPeriod) == 0
	finding := {
		"resource": r.address,
		"path": ["AutomatedSnapshotRetentionPeriod"],
		"message": sprintf("Redshift cluster %s sets AutomatedSnapshotRetentionPeriod to 0, which turns off automated snapshots.", [r.address]),
	}
}

# number(x) is x as a number; CloudFormation accepts integers as strings ("0").
number(x) := x if is_number(x)

number(x) := to_number(x) if {
	is_string(x)
	regex.match(`^[0-9]+$`, x)
}
