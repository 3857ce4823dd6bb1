package tollgate.pipeline.jenkins_credentials_echo_test

import rego.v1

import data.tollgate.pipeline.jenkins_credentials_echo as policy

# steps: [name, arguments, script or null, commands]
doc(platform, name, steps) := {
	"kind": "pipeline", "platform": platform, "path": "Jenkinsfile",
	"resources": [{"address": sprintf("stages.%s", [name]), "type": "stage", "name": name, "file": "Jenkinsfile", "attributes": {
		"name": name, "input": false, "when": false,
		"steps": [{"name": s[0], "arguments": s[1], "line": 10 + i} | some i, s in steps],
	}}],
	"pipeline": {"name": "Jenkinsfile", "triggers": ["push"], "runs_on_change": true, "jobs": [{
		"id": name, "address": sprintf("stages.%s", [name]), "name": name, "stage": name,
		"needs": [], "before": [], "environment": null, "manual": false, "approval": false, "image": null,
		"activities": {"test": false, "build": false, "lint": false, "scan": false, "deploy": true},
		"steps": [{"index": i, "name": s[0], "path": ["steps", i], "uses": null, "run": s[2], "commands": s[3]} | some i, s in steps],
	}]},
}

with_token := ["withCredentials", "[ string ( credentialsId : 'registry-token' , variable : 'TOKEN' ) , usernamePassword ( credentialsId : 'db' , usernameVariable : 'DB_USER' , passwordVariable : 'DB_PASS' ) , file ( credentialsId : 'kube' , variable : 'KUBECONFIG' ) ]", null, []]

sh(script, commands) := ["sh", sprintf("'%s'", [script]), script, commands]

test_echo_of_secret_fails if {
	findings := policy.deny with input as doc("jenkins", "Deploy", [
		sh("make", [{"name": "make", "args": []}]),
		with_token,
		sh("echo \"token is ${TOKEN}\" && ./deploy.sh", [{"name": "echo", "args": ["token is ${TOKEN}"]}, {"name": "./deploy.sh", "args": []}]),
	])
	count(findings) == 1
	some f in findings
	f.resource == "stages.Deploy"
	f.path == ["steps", 2]
	contains(f.message, "TOKEN")
}

test_printf_and_set_x_fail if {
	count(policy.deny) == 1 with input as doc("jenkins", "Deploy", [with_token, sh("printf '%s\\n' \"$DB_PASS\"", [{"name": "printf", "args": ["%s\\n", "$DB_PASS"]}])])
	count(policy.deny) == 1 with input as doc("jenkins", "Deploy", [with_token, sh("set -eux\n./deploy.sh", [{"name": "set", "args": ["-eux"]}, {"name": "./deploy.sh", "args": []}])])
	count(policy.deny) == 1 with input as doc("jenkins", "Deploy", [with_token, sh("set -o xtrace", [{"name": "set", "args": ["-o", "xtrace"]}])])
}

test_piped_redirected_and_file_variables_pass if {
	count(policy.deny) == 0 with input as doc("jenkins", "Deploy", [
		with_token,
		sh("echo \"$TOKEN\" | docker login -u ci --password-stdin registry.example.com", [{"name": "echo", "args": ["$TOKEN"]}, {"name": "docker", "args": ["login", "-u", "ci", "--password-stdin", "registry.example.com"]}]),
		sh("echo $DB_PASS > .pgpass", [{"name": "echo", "args": ["$DB_PASS"]}]),
		sh("echo using $KUBECONFIG; kubectl apply -f k8s/", [{"name": "echo", "args": ["using", "$KUBECONFIG"]}, {"name": "kubectl", "args": ["apply", "-f", "k8s/"]}]),
		sh("echo $TOKEN_URL", [{"name": "echo", "args": ["$TOKEN_URL"]}]),
		sh("set -e", [{"name": "set", "args": ["-e"]}]),
	])
}

test_echo_before_with_credentials_and_other_platforms_pass if {
	count(policy.deny) == 0 with input as doc("jenkins", "Deploy", [sh("set -x; echo $TOKEN", [{"name": "set", "args": ["-x"]}, {"name": "echo", "args": ["$TOKEN"]}]), with_token])
	count(policy.deny) == 0 with input as doc("gitlab", "Deploy", [with_token, sh("echo $TOKEN", [{"name": "echo", "args": ["$TOKEN"]}])])
	count(policy.deny) == 0 with input as doc("jenkins", "Deploy", [["withCredentials", null, null, null], ["sh", null, "echo $X", "oops"]])
}
