package tollgate.image.stale_image_test

import rego.v1

import data.tollgate.image.stale_image as policy
import data.tollgate.image.documents_test as docs

created(c) := docs.image({"config": {"created": c}})

test_old_image_fails if {
	findings := policy.deny with input as created("2025-03-14T09:12:45.123456789Z") with time.now_ns as docs.now
	count(findings) == 1
	some f in findings
	f.resource == "image"
	f.path == ["config", "created"]
	contains(f.message, "2025-03-14")
	contains(f.message, "180 days")
}

test_age_boundary if {
	# 2026-11-25 minus 180 days is 2026-05-29.
	count(policy.deny) == 1 with input as created("2026-05-28T23:59:59Z") with time.now_ns as docs.now
	count(policy.deny) == 0 with input as created("2026-05-29T00:00:00Z") with time.now_ns as docs.now
}

test_recent_images_pass if {
	count(policy.deny) == 0 with input as docs.image({}) with time.now_ns as docs.now
	count(policy.deny) == 0 with input as created("2026-11-20T10:00:00+02:00") with time.now_ns as docs.now
}

test_reproducible_and_unknown_dates_are_not_judged if {
	count(policy.deny) == 0 with input as created("1970-01-01T00:00:00Z") with time.now_ns as docs.now
	count(policy.deny) == 0 with input as created("0001-01-01T00:00:00Z") with time.now_ns as docs.now
	count(policy.deny) == 0 with input as created(null) with time.now_ns as docs.now
	count(policy.deny) == 0 with input as created("yesterday") with time.now_ns as docs.now
	count(policy.deny) == 0 with input as docs.without(["config/created"]) with time.now_ns as docs.now
	count(policy.deny) == 0 with input as docs.empty with time.now_ns as docs.now
}

test_impossible_date_does_not_stop_evaluation if {
	count(policy.deny) == 1 with input as created("2024-02-30T00:00:00Z") with time.now_ns as docs.now
}
