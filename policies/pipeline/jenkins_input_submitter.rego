# METADATA
# title: Approvals name who may approve
# description: An `input` step without `submitter` lets anyone with the Build permission on the job approve the step, including the person whose change is waiting, so the approval is no separation of duties. Input directives of a stage (`input { }` beside `steps`) are not part of the document the scanner builds and are not checked.
# custom:
#   id: TG-JENKINS-002
#   severity: low
#   dimension: deployment
#   kinds: [pipeline]
#   frameworks: {nist-800-53: ["AC-5", "CM-3"]}
#   remediation: |
#     Name the users or groups who may approve:
#       stage('Deploy') {
#         steps {
#           input message: 'Deploy to production?', submitter: 'release-managers'
#           sh './deploy.sh'
#         }
#       }
package tollgate.pipeline.jenkins_input_submitter

import rego.v1

deny contains finding if {
	input.platform == "jenkins"
	some r in items(input.resources)
	is_object(r)
	is_string(r.address)
	is_object(r.attributes)
	some i, step in items(r.attributes.steps)
	is_object(step)
	step.name == "input"
	not names_submitter(step.arguments)
	finding := {
		"resource": r.address,
		"path": ["steps", i],
		"message": sprintf("Stage %s asks for approval with an input step that does not name a submitter, so anyone who can build the job can approve.", [r.address]),
	}
}

# `submitter: 'ops'` or `submitter: env.APPROVERS`; an empty string names nobody.
names_submitter(arguments) if {
	is_string(arguments)
	regex.match(`\bsubmitter\s*:\s*('[^']|"[^"]|[A-Za-z_$])`, arguments)
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
