# METADATA
# title: CloudWatch log groups keep logs for a managed period
# description: A log group without retention keeps every event forever and bills for it; one that keeps logs for less than the organization's log_retention_days (90 by default) loses the records an incident review or audit needs.
# custom:
#   id: TG-AWS-CW-001
#   severity: low
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {nist-800-53: ["AU-11"]}
#   remediation: |
#     Set a retention of at least the organization's log_retention_days, 90 by default (valid values include 90, 180, 365, 731 and 3653):
#       AppLogGroup:
#         Type: AWS::Logs::LogGroup
#         Properties:
#           LogGroupName: !Sub /app/${AWS::StackName}
#           RetentionInDays: 365
package tollgate.cloudformation.cloudwatch_log_retention

import rego.v1

import data.tollgate.lib

# minimum_days is the organization's log_retention_days, 90 when it is not set.
default minimum_days := 90

minimum_days := n if {
	n := days(data.tollgate.organization.log_retention_days)
	n > 0
}

deny contains finding if {
	some r in lib.resources("AWS::Logs::LogGroup")
	problem := retention_problem(object.get(attributes(r), "RetentionInDays", null))
	finding := {
		"resource": r.address,
		"path": ["RetentionInDays"],
		"message": sprintf("CloudWatch log group %s %s.", [r.address, problem]),
	}
}

retention_problem(retention) := "sets no RetentionInDays, so it keeps logs forever" if retention == null

retention_problem(retention) := "sets RetentionInDays to 0, so it keeps logs forever" if days(retention) == 0

retention_problem(retention) := msg if {
	d := days(retention)
	d > 0
	d < minimum_days
	msg := sprintf("keeps logs only %v days, less than %v", [d, minimum_days])
}

# days(x) is a retention as a number; templates often give it as a string.
days(x) := x if is_number(x)

days(x) := to_number(x) if {
	is_string(x)
	regex.match(`^[0-9]+$`, x)
}

# attributes(r) is the resource's resolved Properties, {} when it has none.
attributes(r) := r.attributes if is_object(r.attributes)

attributes(r) := {} if not is_object(r.attributes)
