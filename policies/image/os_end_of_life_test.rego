package tollgate.image.os_end_of_life_test

import rego.v1

import data.tollgate.image.os_end_of_life as policy
import data.tollgate.image.documents_test as docs

os(id, version) := docs.image({"os": {"id": id, "version_id": version, "pretty_name": null}})

test_end_of_life_release_fails if {
	findings := policy.deny
		with input as docs.image({"os": {"id": "debian", "version_id": "12", "pretty_name": "Debian GNU/Linux 12 (bookworm)"}})
		with data.tollgate.os_eol as docs.os_eol
		with time.now_ns as docs.now
	count(findings) == 1
	some f in findings
	f.resource == "image"
	f.path == ["os", "version_id"]
	contains(f.message, "Debian GNU/Linux 12 (bookworm)")
	contains(f.message, "2026-06-10")
}

test_point_releases_match_their_minor_and_major if {
	count(policy.deny) == 1 with input as os("alpine", "3.18.4") with data.tollgate.os_eol as docs.os_eol with time.now_ns as docs.now
	count(policy.deny) == 1 with input as os("alpine", "3.21.2") with data.tollgate.os_eol as docs.os_eol with time.now_ns as docs.now
	count(policy.deny) == 1 with input as os("ubuntu", "20.04") with data.tollgate.os_eol as docs.os_eol with time.now_ns as docs.now
	count(policy.deny) == 1 with input as os("amzn", "2") with data.tollgate.os_eol as docs.os_eol with time.now_ns as docs.now
}

test_supported_releases_pass if {
	count(policy.deny) == 0 with input as docs.image({}) with data.tollgate.os_eol as docs.os_eol with time.now_ns as docs.now
	count(policy.deny) == 0 with input as os("alpine", "3.22.1") with data.tollgate.os_eol as docs.os_eol with time.now_ns as docs.now
	count(policy.deny) == 0 with input as os("ubuntu", "22.04") with data.tollgate.os_eol as docs.os_eol with time.now_ns as docs.now
	count(policy.deny) == 0 with input as os("rhel", "9.4") with data.tollgate.os_eol as docs.os_eol with time.now_ns as docs.now
	count(policy.deny) == 0 with input as os("amzn", "2023") with data.tollgate.os_eol as docs.os_eol with time.now_ns as docs.now
}

test_alpine_3_2_is_not_3_20 if {
	count(policy.deny) == 0 with input as os("alpine", "3.2.0") with data.tollgate.os_eol as docs.os_eol with time.now_ns as docs.now
}

test_end_of_life_day_itself_is_still_supported if {
	count(policy.deny) == 0 with input as os("alpine", "3.21.0")
		with data.tollgate.os_eol as docs.os_eol
		with time.now_ns as time.parse_rfc3339_ns("2026-11-01T23:00:00Z")
	count(policy.deny) == 1 with input as os("alpine", "3.21.0")
		with data.tollgate.os_eol as docs.os_eol
		with time.now_ns as time.parse_rfc3339_ns("2026-11-02T00:00:01Z")
}

test_unknown_systems_are_not_judged if {
	count(policy.deny) == 0 with input as os("wolfi", "20230201") with data.tollgate.os_eol as docs.os_eol with time.now_ns as docs.now
	count(policy.deny) == 0 with input as os("ubuntu", "22.10") with data.tollgate.os_eol as docs.os_eol with time.now_ns as docs.now
	count(policy.deny) == 0 with input as docs.image({"os": null}) with data.tollgate.os_eol as docs.os_eol with time.now_ns as docs.now
	count(policy.deny) == 0 with input as os("debian", null) with data.tollgate.os_eol as docs.os_eol with time.now_ns as docs.now
	count(policy.deny) == 0 with input as os("debian", "12") with data.tollgate.os_eol as {"debian": {"12": "soon"}} with time.now_ns as docs.now
	count(policy.deny) == 0 with input as os("debian", "12") with data.tollgate.os_eol as {"debian": "2020-01-01"} with time.now_ns as docs.now
	count(policy.deny) == 0 with input as docs.empty with data.tollgate.os_eol as docs.os_eol with time.now_ns as docs.now
}
