#!/usr/bin/env python3
"""Writes a deterministic benchmark corpus of Terraform modules and CloudFormation templates.

usage: gen_corpus.py OUT_DIR [--terraform-files N] [--cloudformation-templates N] [--other-files N]

Terraform: one directory per service with main.tf, variables.tf and a terraform.tfvars file,
calling a shared local module; resources use variables, locals, for_each, count, dynamic blocks
and references, so the evaluator does real work. CloudFormation: YAML (with short-form tags)
and JSON templates with parameters, conditions, mappings and intrinsics. With --other-files N
(default 200 each): Kubernetes manifests (several workloads per file), Dockerfiles (multi-stage),
docker-compose files, GitHub Actions workflows, GitLab CI files and Jenkinsfiles.
"""
import argparse
import json
import os
import random

SHARED_MODULE = '''
variable "name" {}
variable "encrypt" { default = true }
variable "retention" { default = 14 }

resource "aws_s3_bucket" "this" {
  bucket = "${var.name}-data"
  tags   = { name = var.name }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  count  = var.encrypt ? 1 : 0
  bucket = aws_s3_bucket.this.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_cloudwatch_log_group" "this" {
  name              = "/app/${var.name}"
  retention_in_days = var.retention
}

output "bucket" { value = aws_s3_bucket.this.bucket }
'''


def terraform_main(rng, i):
    env = rng.choice(["dev", "staging", "prod"])
    ports = rng.sample([22, 80, 443, 3389, 5432, 8080], 3)
    lines = [f'''
locals {{
  name = "svc{i}-${{var.environment}}"
  tags = merge(var.tags, {{ service = "svc{i}", environment = var.environment }})
  queues = {{ for q in var.queues : q => upper(q) }}
}}

module "storage" {{
  source    = "../modules/storage"
  name      = local.name
  encrypt   = var.environment == "prod"
  retention = lookup(var.retention, var.environment, 7)
}}

resource "aws_security_group" "app" {{
  name = "${{local.name}}-app"
  tags = local.tags
  dynamic "ingress" {{
    for_each = var.ports
    content {{
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = [var.ingress_cidr]
    }}
  }}
}}

resource "aws_db_instance" "db" {{
  identifier              = "${{local.name}}-db"
  engine                  = "postgres"
  instance_class          = "db.t3.{rng.choice(["micro", "medium", "large"])}"
  multi_az                = var.environment == "prod"
  backup_retention_period = {rng.choice([1, 3, 7, 14, 30])}
  storage_encrypted       = {rng.choice(["true", "false", "var.encrypt"])}
  deletion_protection     = {rng.choice(["true", "false"])}
  publicly_accessible     = false
  tags                    = local.tags
}}

resource "aws_kms_key" "k" {{
  description         = "key for ${{local.name}}"
  enable_key_rotation = {rng.choice(["true", "false"])}
}}

resource "aws_sqs_queue" "q" {{
  for_each                = local.queues
  name                    = "${{local.name}}-${{each.key}}"
  sqs_managed_sse_enabled = {rng.choice(["true", "false"])}
}}

resource "aws_iam_policy" "p" {{
  name   = "${{local.name}}-policy"
  policy = jsonencode({{
    Version = "2012-10-17"
    Statement = [{{
      Effect   = "Allow"
      Action   = {rng.choice(['["s3:GetObject"]', '"*"', '["sqs:SendMessage", "sqs:ReceiveMessage"]'])}
      Resource = {rng.choice(['"*"', 'aws_sqs_queue.q["orders"].arn'])}
    }}]
  }})
}}

resource "aws_instance" "worker" {{
  count         = var.workers
  ami           = "ami-0123456789abcdef{count.index if False else 0}"
  instance_type = "t3.small"
  metadata_options {{
    http_tokens = {rng.choice(['"required"', '"optional"'])}
  }}
  root_block_device {{
    encrypted = {rng.choice(["true", "false"])}
  }}
  tags = merge(local.tags, {{ index = count.index }})
}}

resource "aws_lb_listener" "http" {{
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/x/1"
  port              = 80
  protocol          = "HTTP"
  default_action {{
    type = "{rng.choice(["redirect", "forward"])}"
    redirect {{
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }}
  }}
}}
''']
    variables = f'''
variable "environment" {{ default = "{env}" }}
variable "tags" {{ default = {{ owner = "team-{i % 17}" }} }}
variable "ports" {{ default = {json.dumps(ports)} }}
variable "ingress_cidr" {{ default = "{rng.choice(["10.0.0.0/8", "0.0.0.0/0"])}" }}
variable "queues" {{ default = ["orders", "events", "audit"] }}
variable "retention" {{ default = {{ prod = 30, staging = 14 }} }}
variable "workers" {{ default = {rng.randint(1, 3)} }}
variable "encrypt" {{ default = {rng.choice(["true", "false"])} }}
'''
    return "".join(lines), variables, f'environment = "{env}"\n'


def cloudformation_template(rng, i):
    return {
        "AWSTemplateFormatVersion": "2010-09-09",
        "Parameters": {
            "Env": {"Type": "String", "Default": rng.choice(["dev", "prod"])},
            "Retention": {"Type": "Number", "Default": str(rng.choice([3, 7, 14]))},
        },
        "Mappings": {"Sizes": {"dev": {"Class": "db.t3.micro"}, "prod": {"Class": "db.r6g.large"}}},
        "Conditions": {"IsProd": {"Fn::Equals": [{"Ref": "Env"}, "prod"]}},
        "Resources": {
            "Bucket": {
                "Type": "AWS::S3::Bucket",
                "Properties": {
                    "BucketName": {"Fn::Sub": f"app{i}-${{Env}}-data"},
                    "VersioningConfiguration": {"Status": rng.choice(["Enabled", "Suspended"])},
                    "PublicAccessBlockConfiguration": {
                        "BlockPublicAcls": True, "BlockPublicPolicy": True,
                        "IgnorePublicAcls": True, "RestrictPublicBuckets": rng.choice([True, False]),
                    },
                },
            },
            "Key": {"Type": "AWS::KMS::Key", "Properties": {"EnableKeyRotation": rng.choice([True, False])}},
            "Db": {
                "Type": "AWS::RDS::DBInstance",
                "Properties": {
                    "DBInstanceClass": {"Fn::FindInMap": ["Sizes", {"Ref": "Env"}, "Class"]},
                    "Engine": "postgres",
                    "MultiAZ": {"Fn::If": ["IsProd", True, False]},
                    "StorageEncrypted": rng.choice([True, False]),
                    "KmsKeyId": {"Fn::GetAtt": ["Key", "Arn"]},
                    "BackupRetentionPeriod": {"Ref": "Retention"},
                    "DeletionProtection": {"Fn::If": ["IsProd", True, False]},
                },
            },
            "Sg": {
                "Type": "AWS::EC2::SecurityGroup",
                "Properties": {
                    "GroupDescription": {"Fn::Join": ["-", ["app", str(i)]]},
                    "SecurityGroupIngress": [
                        {"IpProtocol": "tcp", "FromPort": p, "ToPort": p,
                         "CidrIp": rng.choice(["10.0.0.0/8", "0.0.0.0/0"])}
                        for p in rng.sample([22, 443, 3389, 5432], 2)
                    ],
                },
            },
            "Queue": {"Type": "AWS::SQS::Queue", "Properties": {"SqsManagedSseEnabled": rng.choice([True, False])}},
            "Logs": {"Type": "AWS::Logs::LogGroup", "Properties": {"RetentionInDays": rng.choice([7, 30, 365])}},
            "Table": {
                "Type": "AWS::DynamoDB::Table",
                "Properties": {
                    "BillingMode": "PAY_PER_REQUEST",
                    "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
                    "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
                    "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": rng.choice([True, False])},
                },
            },
        },
    }


def to_yaml(value, indent=0):
    """A small YAML writer that emits CloudFormation short-form tags for intrinsics."""
    pad = "  " * indent
    if isinstance(value, dict):
        if len(value) == 1:
            (k, v), = value.items()
            if k == "Ref":
                return f"!Ref {v}"
            if k.startswith("Fn::"):
                return f"!{k[4:]} {json.dumps(v)}"
        out = []
        for k, v in value.items():
            rendered = to_yaml(v, indent + 1)
            if isinstance(v, (dict, list)) and not rendered.startswith("!") and v:
                out.append(f"{pad}{k}:\n{rendered}")
            else:
                out.append(f"{pad}{k}: {rendered}")
        return "\n".join(out)
    if isinstance(value, list):
        return "\n".join(f"{pad}- {to_yaml(v, indent + 1).strip()}" if not isinstance(v, dict)
                         else f"{pad}-\n{to_yaml(v, indent + 1)}" for v in value)
    return json.dumps(value)


def kubernetes_manifest(rng, i):
    docs = []
    for kind in ("Deployment", "StatefulSet", "CronJob"):
        container = f"""        - name: app
          image: ghcr.io/acme/svc{i}:{rng.choice(["1.4.2", "latest"])}
          securityContext:
            privileged: {rng.choice(["true", "false"])}
            allowPrivilegeEscalation: false
            runAsNonRoot: {rng.choice(["true", "false"])}
          resources:
            limits: {{cpu: 500m, memory: 256Mi}}
          env:
            - name: DB_PASSWORD
              value: {rng.choice(["hunter2", '""'])}
          readinessProbe:
            httpGet: {{path: /health, port: 8080}}"""
        pod = f"""      hostNetwork: {rng.choice(["true", "false"])}
      containers:
{container}"""
        if kind == "CronJob":
            nested = "\n".join("    " + line for line in pod.split("\n"))
            spec = f"""spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
{nested}"""
        else:
            spec = f"""spec:
  replicas: {rng.choice([1, 3])}
  selector: {{matchLabels: {{app: svc{i}}}}}
  template:
    metadata: {{labels: {{app: svc{i}}}}}
    spec:
{pod}"""
        docs.append(f"""apiVersion: {"batch/v1" if kind == "CronJob" else "apps/v1"}
kind: {kind}
metadata:
  name: svc{i}-{kind.lower()}
  namespace: team{i % 7}
{spec}
""")
    return "---\n".join(docs)


def dockerfile(rng, i):
    healthcheck = rng.choice(['HEALTHCHECK CMD ["/app", "health"]', ""])
    return f"""# syntax=docker/dockerfile:1
FROM golang:{rng.choice(["1.22", "latest"])} AS build
WORKDIR /src
COPY . .
RUN apt-get update && apt-get install -y {rng.choice(["--no-install-recommends ", ""])}git \\
    && go build -o /out/app ./cmd/app
RUN {rng.choice(["curl -fsSL https://get.example.com | sh", "echo ok"])}
FROM gcr.io/distroless/static:nonroot
ENV API_TOKEN={rng.choice(["abc123", "$TOKEN"])}
COPY --from=build /out/app /app
EXPOSE {rng.choice(["8080", "22"])}
{rng.choice(["USER 65532", ""])}
{healthcheck}
ENTRYPOINT ["/app"]
"""


def compose(rng, i):
    return f"""services:
  web{i}:
    image: nginx:{rng.choice(["1.27", "latest"])}
    privileged: {rng.choice(["true", "false"])}
    environment:
      - SECRET_KEY={rng.choice(["s3cret", ""])}
    volumes:
      - {rng.choice(["/var/run/docker.sock", "./html"])}:/data
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost"]
  db{i}:
    image: postgres:16
    network_mode: {rng.choice(["host", "bridge"])}
"""


def workflow(rng, i):
    return f"""name: ci{i}
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@{rng.choice(["v4", "8e5e7e5ab8b370d6c329ec480221332ada57f0ab"])}
      - run: make test
  deploy:
    needs: {rng.choice(["test", "[]"])}
    runs-on: ubuntu-latest
    {rng.choice(["environment: production", ""])}
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/deploy
          aws-region: eu-west-1
      - run: |
          echo "${{{{ github.event.head_commit.message }}}}"
          helm upgrade --install app ./chart
"""


def gitlab(rng, i):
    return f"""stages: [build, test, deploy]
build:
  stage: build
  image: node:20
  script: [npm ci, npm run build]
unit:
  stage: test
  script: [npm test]
deploy:
  stage: deploy
  {rng.choice(["when: manual", ""])}
  environment: production
  script:
    - kubectl apply -f k8s/
"""


def jenkinsfile(rng, i):
    return f"""pipeline {{
  agent any
  stages {{
    stage('Build') {{ steps {{ sh 'make build' }} }}
    stage('Test') {{ steps {{ sh 'make test' }} }}
    stage('Deploy') {{
      steps {{
        {rng.choice(["input message: 'Deploy?'", "echo 'no approval'"])}
        sh './deploy.sh {i}'
      }}
    }}
  }}
}}
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--terraform-files", type=int, default=2100)
    parser.add_argument("--cloudformation-templates", type=int, default=500)
    parser.add_argument("--other-files", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(42)
    tf_root = os.path.join(args.out, "terraform")
    os.makedirs(os.path.join(tf_root, "modules", "storage"), exist_ok=True)
    with open(os.path.join(tf_root, "modules", "storage", "main.tf"), "w") as f:
        f.write(SHARED_MODULE)
    services = max(1, (args.terraform_files - 1) // 3)
    for i in range(services):
        d = os.path.join(tf_root, f"svc{i:04d}")
        os.makedirs(d, exist_ok=True)
        main_tf, variables_tf, tfvars = terraform_main(rng, i)
        for name, text in (("main.tf", main_tf), ("variables.tf", variables_tf), ("terraform.tfvars", tfvars)):
            with open(os.path.join(d, name), "w") as f:
                f.write(text)
    cfn_root = os.path.join(args.out, "cloudformation")
    os.makedirs(cfn_root, exist_ok=True)
    for i in range(args.cloudformation_templates):
        template = cloudformation_template(rng, i)
        if i % 2:
            path, text = f"stack{i:04d}.json", json.dumps(template, indent=2)
        else:
            path, text = f"stack{i:04d}.yaml", to_yaml(template) + "\n"
        with open(os.path.join(cfn_root, path), "w") as f:
            f.write(text)
    writers = [
        ("kubernetes", lambda i: f"svc{i:04d}.yaml", kubernetes_manifest),
        ("dockerfile", lambda i: f"svc{i:04d}/Dockerfile", dockerfile),
        ("compose", lambda i: f"svc{i:04d}/docker-compose.yml", compose),
        ("github", lambda i: f"repo{i:04d}/.github/workflows/ci.yml", workflow),
        ("gitlab", lambda i: f"repo{i:04d}/.gitlab-ci.yml", gitlab),
        ("jenkins", lambda i: f"repo{i:04d}/Jenkinsfile", jenkinsfile),
    ]
    for kind, name, write in writers:
        for i in range(args.other_files):
            path = os.path.join(args.out, kind, name(i))
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(write(rng, i))


if __name__ == "__main__":
    main()
