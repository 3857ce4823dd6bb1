"""Seeds a moto server with two accounts for the sweep tests.

Account 111111111111 is weak, 222222222222 compliant, each in us-east-1 and eu-west-1. Each
account is reached the way moto models several accounts: credentials from sts:AssumeRole of a
role in that account.

With `--organization`, instead: an organization in the caller's account with two member
accounts, whose ids are printed one per line.

With `--bulk N` (the sweep benchmark): N buckets in each of the two regions and N roles in the
caller's account.

Usage: seed.py ENDPOINT [--organization | --bulk N]
"""

import json
import sys

import boto3

ENDPOINT = sys.argv[1]
REGIONS = ["us-east-1", "eu-west-1"]
WEAK, GOOD = "111111111111", "222222222222"

ADMIN = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
READ_LOGS = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::good-logs-222/*"}],
}
TRUST_ANY = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"}]}
TRUST_LAMBDA = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
}


def session(account):
    base = boto3.client(
        "sts", endpoint_url=ENDPOINT, region_name="us-east-1",
        aws_access_key_id="seed", aws_secret_access_key="seed",
    )
    creds = base.assume_role(RoleArn=f"arn:aws:iam::{account}:role/TollgateAudit", RoleSessionName="seed")["Credentials"]
    return boto3.Session(
        aws_access_key_id=creds["AccessKeyId"],
        aws_secret_access_key=creds["SecretAccessKey"],
        aws_session_token=creds["SessionToken"],
    )


def client(s, service, region="us-east-1"):
    return s.client(service, endpoint_url=ENDPOINT, region_name=region)


def bucket(s, region, name, good):
    s3 = client(s, "s3", region)
    if region == "us-east-1":
        s3.create_bucket(Bucket=name)
    else:
        s3.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": region})
    if good:
        s3.put_bucket_versioning(Bucket=name, VersioningConfiguration={"Status": "Enabled"})
        s3.put_bucket_encryption(
            Bucket=name,
            ServerSideEncryptionConfiguration={"Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms"}}]},
        )
        s3.put_public_access_block(
            Bucket=name,
            PublicAccessBlockConfiguration={
                "BlockPublicAcls": True, "IgnorePublicAcls": True,
                "BlockPublicPolicy": True, "RestrictPublicBuckets": True,
            },
        )


def recorder(s, region, account, include_global=True):
    config = client(s, "config", region)
    config.put_configuration_recorder(ConfigurationRecorder={
        "name": "default",
        "roleARN": f"arn:aws:iam::{account}:role/config",
        "recordingGroup": {"allSupported": True, "includeGlobalResourceTypes": include_global},
    })
    config.put_delivery_channel(DeliveryChannel={"name": "default", "s3BucketName": f"config-{account}-{region}"})
    config.start_configuration_recorder(ConfigurationRecorderName="default")


def weak():
    s = session(WEAK)
    for region in REGIONS:
        bucket(s, region, f"weak-{region}-111", good=False)
    # A public-read bucket: moto answers HTTP 500 when AWS Config reads it.
    client(s, "s3").create_bucket(Bucket="weak-public-111", ACL="public-read")
    recorder(s, "us-east-1", WEAK)  # eu-west-1 records nothing
    iam = client(s, "iam")
    iam.create_user(UserName="alice")
    iam.put_user_policy(UserName="alice", PolicyName="admin", PolicyDocument=json.dumps(ADMIN))
    iam.create_login_profile(UserName="alice", Password="Secret-123456789")
    iam.create_access_key(UserName="alice")
    iam.create_role(RoleName="open-trust", AssumeRolePolicyDocument=json.dumps(TRUST_ANY))
    iam.create_policy(PolicyName="everything", PolicyDocument=json.dumps(ADMIN))


def good():
    s = session(GOOD)
    for region in REGIONS:
        bucket(s, region, f"good-{region}-222", good=True)
        # Global types (IAM) recorded in one region only, as AWS advises.
        recorder(s, region, GOOD, include_global=region == "us-east-1")
    iam = client(s, "iam")
    iam.update_account_password_policy(
        MinimumPasswordLength=16, RequireSymbols=True, RequireNumbers=True,
        RequireUppercaseCharacters=True, RequireLowercaseCharacters=True,
        AllowUsersToChangePassword=True, MaxPasswordAge=90, PasswordReusePrevention=24,
    )
    iam.create_role(RoleName="app", AssumeRolePolicyDocument=json.dumps(TRUST_LAMBDA))
    iam.create_policy(PolicyName="read-logs", PolicyDocument=json.dumps(READ_LOGS))


def organization():
    org = boto3.client(
        "organizations", endpoint_url=ENDPOINT, region_name="us-east-1",
        aws_access_key_id="seed", aws_secret_access_key="seed",
    )
    org.create_organization(FeatureSet="ALL")
    for name in ["payments", "analytics"]:
        status = org.create_account(Email=f"{name}@example.com", AccountName=name)["CreateAccountStatus"]
        print(status["AccountId"])


def bulk(n):
    s = boto3.Session(aws_access_key_id="seed", aws_secret_access_key="seed")
    for region in REGIONS:
        for i in range(n):
            bucket(s, region, f"bulk-{region}-{i:05d}", good=i % 2 == 0)
    iam = client(s, "iam")
    for i in range(n):
        iam.create_role(RoleName=f"bulk-{i:05d}", AssumeRolePolicyDocument=json.dumps(TRUST_LAMBDA if i % 2 else TRUST_ANY))


if "--organization" in sys.argv[2:]:
    organization()
elif "--bulk" in sys.argv[2:]:
    bulk(int(sys.argv[sys.argv.index("--bulk") + 1]))
else:
    weak()
    good()
    print("seeded")
