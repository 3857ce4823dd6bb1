# METADATA
# title: Lambda functions use a supported runtime
# description: A function on a deprecated runtime (Python 3.9 and older, Node.js 20 and older, Ruby 2.x, .NET Core and .NET 5/6, Java 8 on Amazon Linux 1, go1.x, the Amazon Linux 1 custom runtime) gets no more security patches from AWS, and AWS eventually blocks creating and updating such functions, so a fix cannot be shipped when it is needed. Container-image functions have no runtime and are not checked.
# custom:
#   id: TG-AWS-LAMBDA-006
#   severity: medium
#   dimension: security
#   kinds: [aws]
#   frameworks: {nist-800-53: ["SI-2"], pci-dss-4.0: ["6.3.3"]}
#   remediation: |
#     Test the function on a supported runtime, then move it (with a deployment package built
#     for that runtime):
#       aws lambda update-function-configuration --function-name api --runtime python3.13
#     and set runtime = "python3.13" on the aws_lambda_function (Runtime in CloudFormation) in the
#     code that deploys it, or the next deploy brings the old runtime back.
#     Go functions move to provided.al2023 with a bootstrap binary; Java 8 to java8.al2 or java21.
package tollgate.aws.lambda_runtime

import rego.v1

deny contains finding if {
	some r in functions
	runtime := object.get(r.configuration, "runtime", null)
	is_string(runtime)
	runtime in deprecated
	finding := {
		"resource": r.address,
		"path": ["configuration", "runtime"],
		"message": sprintf("Lambda function %s in %s uses the deprecated runtime %s, which no longer receives security patches.", [label(r), region(r), runtime]),
	}
}

# Runtimes AWS has deprecated (see "Deprecated runtimes" in the Lambda developer guide); the same
# list as the Terraform and CloudFormation rules of TG-AWS-LAMBDA-006.
# java8.al2 and provided.al2 are still supported and are not listed.
deprecated := {
	"python2.7", "python3.6", "python3.7", "python3.8", "python3.9",
	"nodejs", "nodejs4.3", "nodejs4.3-edge", "nodejs6.10", "nodejs8.10", "nodejs10.x",
	"nodejs12.x", "nodejs14.x", "nodejs16.x", "nodejs18.x", "nodejs20.x",
	"ruby2.5", "ruby2.7",
	"dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet5.0", "dotnet6",
	"java8", "go1.x", "provided",
}

functions contains r if {
	some r in input.resources
	r.type == "AWS::Lambda::Function"
	is_object(r.configuration)
}

# label(r): the function's name (or the item's name, id or address).
label(r) := names[0] if {
	names := [x |
		some x in [object.get(r.configuration, "functionName", null), object.get(r, "name", null), object.get(r, "id", null), r.address]
		is_string(x)
		x != ""
	]
}

region(r) := r.region if is_string(r.region)

region(r) := object.get(input, "region", "its region") if not is_string(r.region)
