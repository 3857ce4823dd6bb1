# Shared helpers for Tollgate policies. Import with `import data.tollgate.lib`.
package tollgate.lib

import rego.v1

# is_unknown(x) is true when x is a value the scanner could not know statically.
is_unknown(x) if {
	is_object(x)
	"__unknown__" in object.keys(x)
}

# is_false(x) is true only for a known `false` (an unknown value is never false).
is_false(x) if x == false

# is_true(x) is true only for a known `true`.
is_true(x) if x == true

# refers_to(x, r) is true when value x refers to resource r.
refers_to(x, r) if {
	is_object(x)
	x.__ref__ == r.address
}

# resources(t) is the set of the document's resources of type t.
resources(t) := {r | some r in input.resources; r.type == t}

# block(r, name) is the first nested block `name` of a Terraform resource, if any.
block(r, name) := r.attributes[name][0] if is_object(r.attributes[name][0])

# as_list(x) is x as an array: CloudFormation and Terraform accept a scalar or a list in places.
as_list(x) := x if is_array(x)

as_list(x) := [x] if not is_array(x)

# json_document(x) is a policy document: an object as is, a JSON string parsed.
json_document(x) := x if is_object(x)

json_document(x) := json.unmarshal(x) if {
	is_string(x)
	json.is_valid(x)
}

# world_cidr(c) is true for CIDRs that admit the whole internet.
world_cidr(c) if c in {"0.0.0.0/0", "::/0"}
