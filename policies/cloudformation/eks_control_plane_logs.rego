# METADATA
# title: EKS control plane logs are enabled
# description: EKS sends no control plane logs to CloudWatch Logs unless asked. Without the api and audit logs there is no record of who called the Kubernetes API and what they changed, which an incident investigation needs first. authenticator, controllerManager and scheduler logs are useful too but are not required here.
# custom:
#   id: TG-AWS-EKS-003
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AU-2", "AU-12"], pci-dss-4.0: ["10.2.1"], soc2: ["CC7.2"]}
#   remediation: |
#     Send at least the api and audit logs to CloudWatch Logs:
#       Cluster:
#         Type: AWS::EKS::Cluster
#         Properties:
#           Name: main
#           RoleArn: !GetAtt ClusterRole.Arn
#           ResourcesVpcConfig:
#             SubnetIds: !Ref PrivateSubnets
#           Logging:
#             ClusterLogging:
#               EnabledTypes:
#                 - Type: api
#                 - Type: audit
#                 - Type: authenticator
package tollgate.cloudformation.eks_control_plane_logs

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("AWS::EKS::Cluster")
	is_object(r.attributes)
	not lib.is_unknown(r.attributes)
	not unknown_along(r.attributes, ["Logging", "ClusterLogging", "EnabledTypes"])
	enabled := enabled_types(object.get(r.attributes, ["Logging", "ClusterLogging", "EnabledTypes"], null))
	missing := required - enabled
	count(missing) > 0
	finding := {
		"resource": r.address,
		"path": ["Logging", "ClusterLogging", "EnabledTypes"],
		"message": sprintf("EKS cluster %s does not send its %s control plane logs to CloudWatch Logs.", [r.address, concat(" and ", sort(missing))]),
	}
}

required := {"api", "audit"}

# enabled_types(x) is the set of log types enabled, when it is known.
enabled_types(x) := set() if x == null

enabled_types(x) := {entry.Type | some entry in x} if {
	is_array(x)
	every entry in x {
		is_object(entry)
		is_string(entry.Type)
	}
}

# unknown_along(x, path) holds when some step of path inside x is an unknown value.
unknown_along(x, path) if {
	some n in numbers.range(1, count(path))
	lib.is_unknown(object.get(x, array.slice(path, 0, n), null))
}
