# METADATA
# title: Infrastructure is deployed to approved regions
# description: "Data residency, latency commitments and the reach of monitoring all depend on the regions an organization has chosen. A resource placed in a region outside the organization's allowed_regions (through its region, availability_zone or availability_zones argument) escapes them. The region of the provider block itself is not visible to the scan."
# custom:
#   id: TG-ORG-002
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {}
#   remediation: |
#     Place the resource in an approved region (see allowed_regions in the organization data):
#       resource "aws_subnet" "private_a" {
#         vpc_id            = aws_vpc.main.id
#         cidr_block        = "10.0.1.0/24"
#         availability_zone = "eu-west-1a"
#       }
package tollgate.terraform.allowed_regions

import rego.v1

deny contains finding if {
	count(allowed) > 0
	some r in input.resources
	object.get(r, "mode", "managed") == "managed"
	startswith(r.type, "aws_")
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

# placements(attrs) is the set of {path, value, region} of the known region and zone arguments.
placements(attrs) := regions | zones | zone_lists if {
	regions := {{"path": ["region"], "value": attrs.region, "region": attrs.region} |
		is_string(attrs.region)
		region_name(attrs.region)
	}
	zones := {{"path": ["availability_zone"], "value": attrs.availability_zone, "region": region} |
		is_string(attrs.availability_zone)
		region := zone_region(attrs.availability_zone)
	}
	zone_lists := {{"path": ["availability_zones", i], "value": zone, "region": region} |
		some i, zone in items(attrs.availability_zones)
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
