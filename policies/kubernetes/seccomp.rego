# METADATA
# title: Pods use the runtime default seccomp profile
# description: "Kubernetes runs containers Unconfined by default: every system call of the kernel is open to them, including the rarely needed ones most container escapes go through. Set seccompProfile type RuntimeDefault (or a Localhost profile) on the pod, or on each container. The pre-1.19 seccomp annotations are no longer honoured and do not count. Pods with spec.os.name: windows and ephemeral containers are not checked."
# custom:
#   id: TG-K8S-014
#   severity: low
#   dimension: security
#   kinds: [kubernetes]
#   frameworks: {cis-kubernetes: ["5.7.2"], nist-800-53: ["CM-7"]}
#   remediation: |
#     Set the profile once for the whole pod:
#       spec:
#         securityContext:
#           seccompProfile:
#             type: RuntimeDefault
#         containers:
#           - name: app
#             image: ghcr.io/acme/app:1.4.2
package tollgate.kubernetes.seccomp

import rego.v1

confining := {"RuntimeDefault", "Localhost"}

# Containers that set no profile of their own and inherit a missing or Unconfined pod profile.
deny contains finding if {
	pod_checked
	not pod_type_unknown
	not pod_type in confining
	names := [label(c) | some c in checked_containers; not own_type(c)]
	count(names) > 0
	finding := {
		"resource": input.object.address,
		"path": array.concat(input.workload.pod_path, ["securityContext", "seccompProfile"]),
		"message": sprintf("%s %s, so container(s) %s run without a seccomp profile.", [input.object.address, pod_reason, concat(", ", sort(names))]),
	}
}

# Containers that set a profile of their own other than RuntimeDefault or Localhost.
deny contains finding if {
	pod_checked
	some c in checked_containers
	own_type(c)
	t := c.spec.securityContext.seccompProfile.type
	is_string(t)
	not t in confining
	finding := {
		"resource": input.object.address,
		"path": array.concat(c.path, ["securityContext", "seccompProfile", "type"]),
		"message": sprintf("Container %s of %s runs with the seccomp profile %s.", [label(c), input.object.address, t]),
	}
}

pod_reason := sprintf("sets the pod seccomp profile %s", [pod_type]) if is_string(pod_type)

pod_reason := "sets no pod seccomp profile" if not is_string(pod_type)

# pod_checked: a Linux pod spec.
pod_checked if {
	is_array(input.workload.pod_path)
	is_object(input.workload.pod)
	not windows
}

windows if {
	is_string(input.workload.pod.os.name)
	lower(input.workload.pod.os.name) == "windows"
}

windows if is_unknown(input.workload.pod.os)

windows if is_unknown(input.workload.pod.os.name)

pod_type := input.workload.pod.securityContext.seccompProfile.type

pod_type_unknown if is_unknown(input.workload.pod.securityContext)

pod_type_unknown if is_unknown(input.workload.pod.securityContext.seccompProfile)

pod_type_unknown if is_unknown(pod_type)

# own_type(c): the container sets a seccompProfile (or a securityContext we cannot read).
own_type(c) if object.get(context(c), "seccompProfile", null) != null

own_type(c) if is_unknown(c.spec.securityContext)

context(c) := c.spec.securityContext if is_object(c.spec.securityContext)

context(c) := {} if not is_object(c.spec.securityContext)

checked_containers contains c if {
	some c in items(input.containers)
	is_object(c)
	is_array(c.path)
	not "ephemeralContainers" in c.path
}

is_unknown(x) if {
	is_object(x)
	"__unknown__" in object.keys(x)
}

label(c) := c.name if is_string(c.name)

label(c) := "(unnamed)" if not is_string(c.name)

items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
