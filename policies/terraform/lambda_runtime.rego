# METADATA
# title: Lambda functions use a supported runtime
# description: A function on a deprecated runtime (Python 3.9 and older, Node.js 20 and older, Ruby 2.x, .NET Core and .NET 5/6, Java 8 on Amazon Linux 1, go1.x, the Amazon Linux 1 custom runtime) gets no more security patches from AWS, and AWS eventually blocks creating and updating such functions, so a fix cannot be shipped when it is needed. Container-image functions have no runtime and are not checked.
# custom:
#   id: TG-AWS-LAMBDA-006
#   severity: medium
#   dimension: security
#   kinds: [terraform]
#   frameworks: {nist-800-53: ["SI-2"], pci-dss-4.0: ["6.3.3"]}
#   remediation: |
#     Move the function to a supported runtime (and test it on that version):
#       resource "aws_lambda_function" "api" {
#         function_name = "api"
#         role          = aws_iam_role.api.arn
#         runtime       = "python3.13"
#         handler       = "app.handler"
#         filename      = "api.zip"
#       }
#     Go functions move to provided.al2023 with a bootstrap binary; Java 8 to java8.al2 or java21.
package tollgate.terraform.lambda_runtime

import rego.v1

import data.tollgate.lib

deny contains finding if {
	some r in lib.resources("aws_lambda_function")
	not r.mode == "data"
	is_object(r.attributes)
	runtime := r.attributes.runtime
	is_string(runtime)
	runtime in deprecated
	finding := {
		"resource": r.address,
		"path": ["runtime"],
		"message": sprintf("Lambda function %s uses the deprecated runtime %s, which no longer receives security patches.", [r.address, runtime]),
	}
}

# Runtimes AWS has deprecated (see "Deprecated runtimes" in the Lambda developer guide).
# java8.al2 and provided.al2 are still supported and are not listed.
deprecated := {
	"python2.7", "python3.6", "python3.7", "python3.8", "python3.9",
	"nodejs", "nodejs4.3", "nodejs4.3-edge", "nodejs6.10", "nodejs8.10", "nodejs10.x",
	"nodejs12.x", "nodejs14.x", "nodejs16.x", "nodejs18.x", "nodejs20.x",
	"ruby2.5", "ruby2.7",
	"dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet5.0", "dotnet6",
	"java8", "go1.x", "provided",
}
