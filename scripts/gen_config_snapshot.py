#!/usr/bin/env python3
"""Writes AWS Config snapshot files (the format AWS Config delivers to S3, gzip) for the sweep
benchmark: ACCOUNTS accounts x REGIONS regions x PER_REGION resources of common types, half of
them compliant, plus IAM in each account. Deterministic.

Usage: gen_config_snapshot.py OUT_DIR [--accounts N] [--regions N] [--per-region N]
Prints the number of configuration items written.
"""

import argparse
import gzip
import json
import os
import urllib.parse

REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "ap-northeast-1"]


def item(account, region, rtype, rid, arn, configuration, supplementary=None, name=None):
    return {
        "configurationItemVersion": "1.3",
        "configurationItemCaptureTime": "2026-11-20T02:00:00.000Z",
        "configurationStateId": 1,
        "awsAccountId": account,
        "configurationItemStatus": "OK",
        "resourceType": rtype,
        "resourceId": rid,
        "resourceName": name or rid,
        "ARN": arn,
        "awsRegion": region,
        "availabilityZone": "Regional",
        "tags": {"team": "bench"},
        "relatedEvents": [],
        "relationships": [],
        "configuration": configuration,
        "supplementaryConfiguration": supplementary or {},
    }


def regional(account, region, i):
    good = i % 2 == 0
    n = f"{region}-{i:05d}"
    kind = i % 6
    if kind == 0:
        sup = {"BucketVersioningConfiguration": {"status": "Enabled" if good else "Off"},
               "BucketLoggingConfiguration": {"destinationBucketName": "logs" if good else None}}
        if good:
            sup["ServerSideEncryptionConfiguration"] = {"rules": [{"applyServerSideEncryptionByDefault": {"sseAlgorithm": "aws:kms"}}]}
            sup["PublicAccessBlockConfiguration"] = {k: True for k in ["blockPublicAcls", "ignorePublicAcls", "blockPublicPolicy", "restrictPublicBuckets"]}
        name = f"bench-{account}-{n}"
        return item(account, region, "AWS::S3::Bucket", name, f"arn:aws:s3:::{name}", {"name": name}, sup)
    if kind == 1:
        cidr = "10.0.0.0/8" if good else "0.0.0.0/0"
        cfg = {"groupName": f"sg-{n}", "groupId": f"sg-{i:08x}", "vpcId": "vpc-1",
               "ipPermissions": [{"ipProtocol": "tcp", "fromPort": 22, "toPort": 22, "ipRanges": [cidr], "ipv4Ranges": [{"cidrIp": cidr}], "ipv6Ranges": []}],
               "ipPermissionsEgress": []}
        return item(account, region, "AWS::EC2::SecurityGroup", cfg["groupId"], f"arn:aws:ec2:{region}:{account}:security-group/{cfg['groupId']}", cfg)
    if kind == 2:
        vid = f"vol-{i:08x}"
        return item(account, region, "AWS::EC2::Volume", vid, f"arn:aws:ec2:{region}:{account}:volume/{vid}", {"volumeId": vid, "encrypted": good, "size": 8})
    if kind == 3:
        iid = f"i-{i:08x}"
        cfg = {"instanceId": iid, "state": {"name": "running"}, "metadataOptions": {"httpTokens": "required" if good else "optional"},
               "monitoring": {"state": "enabled" if good else "disabled"}, "publicIpAddress": None if good else "203.0.113.7"}
        return item(account, region, "AWS::EC2::Instance", iid, f"arn:aws:ec2:{region}:{account}:instance/{iid}", cfg)
    if kind == 4:
        db = f"db-{n}"
        cfg = {"dBInstanceIdentifier": db, "engine": "postgres", "storageEncrypted": good, "publiclyAccessible": not good,
               "multiAZ": good, "backupRetentionPeriod": 14 if good else 1, "deletionProtection": good,
               "autoMinorVersionUpgrade": True, "iAMDatabaseAuthenticationEnabled": good}
        return item(account, region, "AWS::RDS::DBInstance", f"db-{i:08X}", f"arn:aws:rds:{region}:{account}:db:{db}", cfg, name=db)
    fn = f"fn-{n}"
    cfg = {"functionName": fn, "runtime": "python3.12" if good else "python2.7", "tracingConfig": {"mode": "Active" if good else "PassThrough"}}
    return item(account, region, "AWS::Lambda::Function", fn, f"arn:aws:lambda:{region}:{account}:function:{fn}", cfg)


def iam(account, users):
    admin = urllib.parse.quote(json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}))
    out = []
    for u in range(users):
        name = f"user{u:03d}"
        arn = f"arn:aws:iam::{account}:user/{name}"
        policies = [{"policyName": "admin", "policyDocument": admin}] if u % 5 == 0 else []
        out.append(item(account, "global", "AWS::IAM::User", f"AIDA{u:012d}", arn,
                        {"userName": name, "userPolicyList": policies, "attachedManagedPolicies": [], "groupList": []}, name=name))
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--accounts", type=int, default=20)
    p.add_argument("--regions", type=int, default=4)
    p.add_argument("--per-region", type=int, default=240)
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    total = 0
    for n in range(a.accounts):
        account = f"{100000000000 + n:012d}"
        for region in REGIONS[: a.regions]:
            items = [regional(account, region, i) for i in range(a.per_region)]
            path = os.path.join(a.out, f"{account}_Config_{region}_ConfigSnapshot_20261120T020000Z.json.gz")
            with gzip.open(path, "wt") as f:
                json.dump({"fileVersion": "1.0", "configSnapshotId": f"bench-{account}-{region}", "configurationItems": items}, f)
            total += len(items)
        items = iam(account, 40)
        with gzip.open(os.path.join(a.out, f"{account}_Config_global_ConfigSnapshot_20261120T020000Z.json.gz"), "wt") as f:
            json.dump({"fileVersion": "1.0", "configurationItems": items}, f)
        total += len(items)
    print(total)


main()
