# METADATA
# title: RBAC roles do not grant wildcard access
# description: A rule with "*" in its verbs or resources grants every current and future permission on them, including escalate, bind and impersonate or access to Secrets; with "*" in apiGroups as well it is cluster-admin in all but name.
# custom:
#   id: TG-K8S-004
#   severity: high
#   dimension: security
#   kinds: [kubernetes]
#   frameworks: {cis-kubernetes: ["5.1.3"], nist-800-53: ["AC-6"]}
#   remediation: |
#     List the API groups, resources and verbs the subject needs:
#       apiVersion: rbac.authorization.k8s.io/v1
#       kind: Role
#       metadata: {name: deployer, namespace: shop}
#       rules:
#         - apiGroups: ["apps"]
#           resources: ["deployments"]
#           verbs: ["get", "list", "watch", "patch"]
package tollgate.kubernetes.rbac_wildcard

import rego.v1

deny contains finding if {
	input.object.kind in {"Role", "ClusterRole"}
	some r in input.resources
	r.address == input.object.address
	some i, rule in items(r.attributes.rules)
	fields := [field | some field in ["apiGroups", "resources", "verbs"]; "*" in items(rule[field])]
	wildcard(fields)
	finding := {
		"resource": input.object.address,
		"path": ["rules", i],
		"message": sprintf("%s grants wildcard access (\"*\" in %s) in rule %d.", [input.object.address, concat(" and ", fields), i]),
	}
}

wildcard(fields) if "verbs" in fields

wildcard(fields) if "resources" in fields

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
