# METADATA
# title: Infrastructure is deployed to approved regions
# description: "Data residency, latency commitments and the reach of monitoring all depend on the regions an organization has chosen. A resource placed in a region outside the organization's allowed_regions (through its Region, AvailabilityZone or AvailabilityZones property) escapes them. Stacks deployed to an unapproved region are not visible to the scan; only explicit placements are."
# custom:
#   id: TG-ORG-002
#   severity: medium
#   dimension: security
#   kinds: [cloudformation]
#   frameworks: {}
#   remediation: |
#     Place the resource in an approved region (see allowed_regions in the organization data),
#     preferably by selecting a zone of the stack's own region:
#       PrivateSubnetA:
#         Type: AWS::EC2::Subnet
#         Properties:
#           VpcId: !Ref Vpc
#           CidrBlock: 10.0.1.0/24
#           AvailabilityZone: !Select [0, !GetAZs ""]
package tollgate.cloudformation.allowed_regions

import rego.v1

deny contains finding if {
	count(allowed) > 0
	some r in input.resources
	startswith(r.type, "AWS::")
	is_object(r.attributes)
	some placement in placements(r.attributes)
	not placement.region in allowed
	finding := {
		"resource": r.address,
		"path": placement.path,
		"message": sprintf("%s is placed in %s, which is not an allowed region.", [r.address, placement.value]),
	}
}

# allowed is the set of the organization's allowed regions (empty: any region).
allowed := {x | some x in items(data.tollgate.organization.allowed_regions); is_string(x)}

# placements(props) is the set of {path, value, region} of the known Region and zone properties.
placements(props) := regions | zones | zone_lists if {
	regions := {{"path": ["Region"], "value": props.Region, "region": props.Region} |
		is_string(props.Region)
		region_name(props.Region)
	}
	zones := {{"path": ["AvailabilityZone"], "value": props.AvailabilityZone, "region": region} |
		is_string(props.AvailabilityZone)
		region := zone_region(props.AvailabilityZone)
	}
	zone_lists := {{"path": ["AvailabilityZones", i], "value": zone, "region": region} |
		some i, zone in items(props.AvailabilityZones)
		is_string(zone)
		region := zone_region(zone)
	}
}

# region_name(x): x is written like an AWS region (us-east-1, us-gov-west-1, eu-central-2).
region_name(x) if regex.match(`^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-[0-9]+$`, x)

# zone_region(z) is the region of availability zone z (eu-west-1a), or of a Local or
# Wavelength Zone (us-west-2-lax-1a, us-east-1-wl1-bos-wlz-1).
zone_region(z) := matches[0][1] if {
	matches := regex.find_all_string_submatch_n(`^([a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-[0-9]+)(?:[a-z]|-[a-z0-9-]+)$`, z, 1)
	count(matches) == 1
}

# items(x) is x when it is an array and empty otherwise, so iteration never fails on a scalar.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)
