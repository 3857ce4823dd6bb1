# METADATA
# title: Credentials are not echoed in build logs
# description: An sh step after withCredentials that echoes or printfs a bound secret variable, or turns on shell tracing with set -x, writes the secret into the build log. Jenkins masks only the exact bound value, so the secret still leaks once it is encoded, split, quoted differently or copied to another log. Output piped or redirected (echo "$TOKEN" | docker login --password-stdin) is not reported, nor variables bound to files (file, dockerCert, key and keystore files). The scanner flattens the steps of a stage, so every sh step after withCredentials in the same stage is checked.
# custom:
#   id: TG-JENKINS-003
#   severity: high
#   dimension: security
#   kinds: [pipeline]
#   frameworks: {nist-800-53: ["IA-5"]}
#   remediation: |
#     Pass secrets to commands through stdin or the environment, never to echo, and keep
#     tracing off inside withCredentials:
#       withCredentials([string(credentialsId: 'registry-token', variable: 'TOKEN')]) {
#         sh 'printenv TOKEN | docker login -u ci --password-stdin registry.example.com'
#       }
package tollgate.pipeline.jenkins_credentials_echo

import rego.v1

# Binding keys whose variable holds a secret (keyFileVariable and keystoreVariable hold paths).
secret_keys := {"variable", "passwordVariable", "passphraseVariable", "usernameVariable", "secretKeyVariable", "accessKeyVariable", "tokenVariable"}

deny contains finding if {
	some [job, j, step, names] in guarded_steps
	leaked := sort({name | some name in names; echoes(step.run, name)})
	count(leaked) > 0
	finding := {
		"resource": job.address,
		"path": ["steps", j],
		"message": sprintf("Stage %s prints the credential variable %s to the build log inside withCredentials.", [job.address, concat(", ", leaked)]),
	}
}

deny contains finding if {
	some [job, j, step, _] in guarded_steps
	some c in items(step.commands)
	traces(c)
	finding := {
		"resource": job.address,
		"path": ["steps", j],
		"message": sprintf("Stage %s turns on shell tracing inside withCredentials, which prints expanded secrets to the build log.", [job.address]),
	}
}

# guarded_steps contains [stage, index, step, secret variable names] for each sh step that follows
# a withCredentials step of the same stage.
guarded_steps contains [job, j, step, names] if {
	input.platform == "jenkins"
	is_object(input.pipeline)
	some job in items(input.pipeline.jobs)
	is_object(job)
	is_string(job.address)
	steps := items(job.steps)
	some w, wrapper in steps
	is_object(wrapper)
	wrapper.name == "withCredentials"
	names := secret_variables(arguments(job.address, w))
	some j, step in steps
	j > w
	is_object(step)
	step.name == "sh"
	is_string(step.run)
}

arguments(address, i) := args if {
	some r in items(input.resources)
	is_object(r)
	r.address == address
	is_object(r.attributes)
	step := items(r.attributes.steps)[i]
	is_object(step)
	args := step.arguments
	is_string(args)
}

arguments(address, i) := "" if not has_arguments(address, i)

has_arguments(address, i) if {
	some r in items(input.resources)
	is_object(r)
	r.address == address
	is_object(r.attributes)
	is_string(items(r.attributes.steps)[i].arguments)
}

secret_variables(args) := {m[2] |
	some m in regex.find_all_string_submatch_n(`\b([A-Za-z]+)\s*:\s*'([A-Za-z_][A-Za-z0-9_]*)'`, args, -1)
	m[1] in secret_keys
	not m[2] in file_variables(args)
}

# Variables of file, dockerCert and zip bindings hold a path, not the secret.
file_variables(args) := {m[2] |
	some m in regex.find_all_string_submatch_n(`\b(file|dockerCert|zip)\s*\(\s*[^()]*\bvariable\s*:\s*'([A-Za-z_][A-Za-z0-9_]*)'`, args, -1)
}

# echoes(script, name): a command of the script echoes or printfs $name (or ${name}, ${env.name})
# to the log, that is, not into a pipe or a redirection.
echoes(script, name) if {
	some segment in regex.split(`&&|\|\||;|\n`, script)
	regex.match(`^\s*(echo|printf)\b`, segment)
	regex.match(sprintf(`\$\{?(env\.)?%s\b`, [name]), segment)
	not contains(segment, "|")
	not contains(segment, ">")
}

# set -x, set -o xtrace, set -eux…; sh -x / bash -x.
traces(c) if {
	command_name(c) == "set"
	some a in items(c.args)
	is_string(a)
	regex.match(`^-[A-Za-z]*x[A-Za-z]*$`, a)
}

traces(c) if {
	command_name(c) == "set"
	some a in items(c.args)
	a == "xtrace"
}

traces(c) if {
	command_name(c) in {"sh", "bash"}
	some a in items(c.args)
	is_string(a)
	regex.match(`^-[A-Za-z]*x[A-Za-z]*$`, a)
}

command_name(c) := lower(parts[count(parts) - 1]) if {
	is_object(c)
	is_string(c.name)
	parts := split(c.name, "/")
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
