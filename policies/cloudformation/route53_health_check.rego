# METADATA
# title: Failover records are backed by health checks
# description: Route 53 treats a primary failover record without a health check as always healthy, so it never fails over to the secondary. An alias record that evaluates its target's health is covered; secondary records may go without a health check.
# custom:
#   id: TG-AWS-R53-001
#   severity: medium
#   dimension: reliability
#   kinds: [cloudformation]
#   frameworks: {aws-well-architected: ["REL11"]}
#   remediation: |
#     Attach a health check to the primary record:
#       PrimaryRecord:
#         Type: AWS::Route53::RecordSet
#         Properties:
#           HostedZoneId: !Ref HostedZoneId
#           Name: app.example.com
#           Type: A
#           TTL: "60"
#           ResourceRecords: [203.0.113.10]
#           SetIdentifier: primary
#           Failover: PRIMARY
#           HealthCheckId: !Ref PrimaryHealthCheck
package tollgate.cloudformation.route53_health_check

import rego.v1

import data.tollgate.lib

# records: every record set, on its own or in a record set group, with its path.
records contains {"resource": r.address, "base": [], "record": r.attributes} if {
	some r in lib.resources("AWS::Route53::RecordSet")
	is_object(r.attributes)
}

records contains {"resource": r.address, "base": ["RecordSets", i], "record": record} if {
	some r in lib.resources("AWS::Route53::RecordSetGroup")
	some i, record in items(r.attributes.RecordSets)
	is_object(record)
}

deny contains finding if {
	some rec in records
	failover := rec.record.Failover
	is_string(failover)
	upper(failover) == "PRIMARY"
	object.get(rec.record, "HealthCheckId", null) in {null, ""}
	not evaluates_target_health(rec.record)
	finding := {
		"resource": rec.resource,
		"path": array.concat(rec.base, ["HealthCheckId"]),
		"message": sprintf("Primary failover record %s has no health check, so Route 53 never fails over from it.", [record_name(rec)]),
	}
}

record_name(rec) := rec.resource if count(rec.base) == 0

record_name(rec) := sprintf("%s in %s", [rec.record.Name, rec.resource]) if {
	count(rec.base) > 0
	is_string(rec.record.Name)
}

record_name(rec) := rec.resource if {
	count(rec.base) > 0
	not is_string(rec.record.Name)
}

# evaluates_target_health(record): an alias record that follows, or may follow, its target's health.
evaluates_target_health(record) if may_be_true(record.AliasTarget.EvaluateTargetHealth)

evaluates_target_health(record) if lib.is_unknown(record.AliasTarget)

may_be_true(x) if x == true

may_be_true(x) if {
	is_string(x)
	lower(x) == "true"
}

may_be_true(x) if lib.is_unknown(x)

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
