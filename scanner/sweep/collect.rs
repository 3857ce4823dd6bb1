//! Read-only calls to AWS Config and IAM for one account (and one region of it), turned into
//! configuration items in AWS Config's API spelling (see [`crate::sources::aws::normalize`]).
//!
//! Every call goes through [`Calls::record`], so a sweep can say which operations it used and a
//! test can hold them against the documented read-only policy.

use super::{Failure, OPERATIONS};
use aws_sdk_config::types::{ResourceKey, ResourceType};
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;
use std::sync::Mutex;

/// The operations a sweep called, as IAM actions (`config:ListDiscoveredResources`).
#[derive(Debug, Default)]
pub struct Calls(Mutex<BTreeSet<&'static str>>);

impl Calls {
    pub fn record(&self, action: &'static str) {
        debug_assert!(OPERATIONS.contains(&action), "{action} is not documented");
        if let Ok(mut set) = self.0.lock() {
            set.insert(action);
        }
    }

    pub fn used(&self) -> Vec<&'static str> {
        self.0
            .lock()
            .map(|s| s.iter().copied().collect())
            .unwrap_or_default()
    }
}

type SdkError<E> = aws_smithy_runtime_api::client::result::SdkError<
    E,
    aws_smithy_runtime_api::client::orchestrator::HttpResponse,
>;

/// An error and its causes as one line, without the debug dumps the SDK adds.
fn chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut current = Some(error);
    while let Some(e) = current {
        let text = e.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        current = e.source();
    }
    parts.join(": ")
}

/// An SDK error as one line: the service's code and message when it sent them.
pub fn reason<E>(error: &SdkError<E>) -> String
where
    E: std::error::Error + aws_smithy_types::error::metadata::ProvideErrorMetadata + 'static,
{
    match error {
        SdkError::ServiceError(e) => {
            let err = e.err();
            match (err.code(), err.message()) {
                (Some(code), Some(message)) => format!("{code}: {message}"),
                (Some(code), None) => code.to_string(),
                _ => chain(error),
            }
        }
        SdkError::TimeoutError(_) => "timed out".to_string(),
        SdkError::ResponseError(r) => {
            let cause = std::error::Error::source(error)
                .map(|s| s.to_string())
                .unwrap_or_default();
            format!(
                "unreadable response (HTTP {}): {cause}",
                r.raw().status().as_u16()
            )
        }
        _ => chain(error),
    }
}

/// The JSON body of a successful response the SDK could not deserialize (an endpoint that
/// writes timestamps its own way): the items are read from it directly.
fn raw_json<E>(error: &SdkError<E>) -> Option<Value> {
    match error {
        SdkError::ResponseError(r) if r.raw().status().is_success() => {
            serde_json::from_slice(r.raw().body().bytes()?).ok()
        }
        _ => None,
    }
}

fn date(d: Option<&aws_smithy_types::DateTime>) -> Value {
    d.and_then(|d| d.fmt(aws_smithy_types::date_time::Format::DateTime).ok())
        .map(Value::String)
        .unwrap_or(Value::Null)
}

/// One region's Config items: the recorder state and the resources of `types`.
pub struct RegionItems {
    pub items: Vec<Value>,
    /// Resources that could not be read (the others are kept).
    pub unreadable: Vec<Failure>,
}

/// Reads the configuration recorder of a region as one item (a placeholder when none exists).
pub async fn recorder(
    client: &aws_sdk_config::Client,
    calls: &Calls,
    account: &str,
    region: &str,
) -> Result<Value, String> {
    calls.record("config:DescribeConfigurationRecorders");
    let recorders = client
        .describe_configuration_recorders()
        .send()
        .await
        .map_err(|e| reason(&e))?;
    calls.record("config:DescribeConfigurationRecorderStatus");
    let statuses = client
        .describe_configuration_recorder_status()
        .send()
        .await
        .map_err(|e| reason(&e))?;
    let recorder = recorders.configuration_recorders().first().map(|r| {
        let name = r.name().unwrap_or_default();
        let status = statuses
            .configuration_recorders_status()
            .iter()
            .find(|s| s.name() == Some(name));
        let group = r.recording_group();
        let mut c = Map::new();
        c.insert("name".into(), json!(name));
        c.insert("roleARN".into(), json!(r.role_arn()));
        c.insert(
            "recordingGroup".into(),
            json!({
                "allSupported": group.map(|g| g.all_supported()),
                "includeGlobalResourceTypes": group.map(|g| g.include_global_resource_types()),
                "resourceTypes": group
                    .map(|g| g.resource_types().iter().map(|t| t.as_str()).collect::<Vec<_>>())
                    .unwrap_or_default(),
            }),
        );
        c.insert(
            "recording".into(),
            json!(status.is_some_and(|s| s.recording())),
        );
        c.insert(
            "lastStatus".into(),
            json!(status.and_then(|s| s.last_status()).map(|s| s.as_str())),
        );
        c
    });
    Ok(crate::sources::aws::recorder_item(
        account, region, recorder,
    ))
}

/// The Config items of `types` in a region: one advanced query, or (when the query answers
/// nothing or fails) discovery per type and batched reads, one resource at a time when a batch
/// fails, so one unreadable resource never loses the others.
pub async fn resources(
    client: &aws_sdk_config::Client,
    calls: &Calls,
    types: &[String],
    scope: &str,
) -> Result<RegionItems, String> {
    if types.is_empty() {
        return Ok(RegionItems {
            items: Vec::new(),
            unreadable: Vec::new(),
        });
    }
    match select(client, calls, types).await {
        Ok(items) if !items.is_empty() => {
            return Ok(RegionItems {
                items,
                unreadable: Vec::new(),
            })
        }
        Ok(_) => tracing::debug!(scope, "advanced query answered nothing; listing resources"),
        Err(e) => tracing::debug!(scope, error = %e, "advanced query failed; listing resources"),
    }
    let mut keys = Vec::new();
    for t in types {
        calls.record("config:ListDiscoveredResources");
        let pages = client
            .list_discovered_resources()
            .resource_type(ResourceType::from(t.as_str()))
            .into_paginator()
            .send()
            .try_collect()
            .await
            .map_err(|e| reason(&e))?;
        for page in pages {
            for id in page.resource_identifiers() {
                if let (Some(rt), Some(rid)) = (id.resource_type(), id.resource_id()) {
                    if let Ok(key) = ResourceKey::builder()
                        .resource_type(rt.clone())
                        .resource_id(rid)
                        .build()
                    {
                        keys.push(key);
                    }
                }
            }
        }
    }
    let mut items = Vec::new();
    let mut unreadable = Vec::new();
    for chunk in keys.chunks(100) {
        match batch(client, calls, chunk.to_vec()).await {
            Ok(mut got) => items.append(&mut got),
            Err(_) if chunk.len() > 1 => {
                for key in chunk {
                    match batch(client, calls, vec![key.clone()]).await {
                        Ok(mut got) => items.append(&mut got),
                        Err(e) => unreadable.push(Failure {
                            scope: scope.to_string(),
                            reason: format!(
                                "{} {}: {e}",
                                key.resource_type().as_str(),
                                key.resource_id()
                            ),
                        }),
                    }
                }
            }
            Err(e) => unreadable.push(Failure {
                scope: scope.to_string(),
                reason: format!(
                    "{} {}: {e}",
                    chunk[0].resource_type().as_str(),
                    chunk[0].resource_id()
                ),
            }),
        }
    }
    Ok(RegionItems { items, unreadable })
}

const SELECT_FIELDS: &str = "resourceId, resourceName, resourceType, arn, accountId, awsRegion, \
     configuration, supplementaryConfiguration, tags, configurationItemStatus, \
     configurationItemCaptureTime";

fn type_list(types: &[String]) -> String {
    types
        .iter()
        .map(|t| format!("'{}'", t.replace('\'', "")))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The advanced query for the resources of `types`.
fn expression(types: &[String]) -> String {
    format!(
        "SELECT {SELECT_FIELDS} WHERE resourceType IN ({})",
        type_list(types)
    )
}

/// The rows of advanced query pages, each a JSON item.
fn rows<'a>(results: impl Iterator<Item = &'a String>) -> Vec<Value> {
    results
        .filter_map(|r| serde_json::from_str(r).ok())
        .collect()
}

async fn select(
    client: &aws_sdk_config::Client,
    calls: &Calls,
    types: &[String],
) -> Result<Vec<Value>, String> {
    calls.record("config:SelectResourceConfig");
    let pages = client
        .select_resource_config()
        .expression(expression(types))
        .into_paginator()
        .send()
        .try_collect()
        .await
        .map_err(|e| reason(&e))?;
    Ok(rows(pages.iter().flat_map(|p| p.results())))
}

/// Resources of `types` across an aggregator's accounts and regions.
pub async fn aggregate(
    client: &aws_sdk_config::Client,
    calls: &Calls,
    aggregator: &str,
    types: &[String],
) -> Result<Vec<Value>, String> {
    calls.record("config:SelectAggregateResourceConfig");
    let pages = client
        .select_aggregate_resource_config()
        .configuration_aggregator_name(aggregator)
        .expression(expression(types))
        .into_paginator()
        .send()
        .try_collect()
        .await
        .map_err(|e| reason(&e))?;
    Ok(rows(pages.iter().flat_map(|p| p.results())))
}

async fn batch(
    client: &aws_sdk_config::Client,
    calls: &Calls,
    keys: Vec<ResourceKey>,
) -> Result<Vec<Value>, String> {
    calls.record("config:BatchGetResourceConfig");
    let mut pending = keys;
    let mut items = Vec::new();
    // Unprocessed keys are asked again, a bounded number of times.
    for _ in 0..3 {
        if pending.is_empty() {
            break;
        }
        let sent = client
            .batch_get_resource_config()
            .set_resource_keys(Some(pending.clone()))
            .send()
            .await;
        let out = match sent {
            Ok(out) => out,
            Err(e) => {
                let Some(body) = raw_json(&e) else {
                    return Err(reason(&e));
                };
                tracing::debug!("BatchGetResourceConfig: read the items from the raw response");
                let got = body["baseConfigurationItems"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                let unprocessed = body["unprocessedResourceKeys"]
                    .as_array()
                    .map_or(0, Vec::len);
                if unprocessed > 0 {
                    return Err(format!("{unprocessed} resources left unprocessed"));
                }
                items.extend(got);
                pending = Vec::new();
                continue;
            }
        };
        items.extend(out.base_configuration_items().iter().map(|i| {
            json!({
                "resourceType": i.resource_type().map(|t| t.as_str()),
                "resourceId": i.resource_id(),
                "resourceName": i.resource_name(),
                "arn": i.arn(),
                "accountId": i.account_id(),
                "awsRegion": i.aws_region(),
                "availabilityZone": i.availability_zone(),
                "configurationItemStatus": i.configuration_item_status().map(|s| s.as_str()),
                "configurationItemCaptureTime": date(i.configuration_item_capture_time()),
                "resourceCreationTime": date(i.resource_creation_time()),
                "configuration": i.configuration(),
                "supplementaryConfiguration": i.supplementary_configuration(),
            })
        }));
        pending = out.unprocessed_resource_keys().to_vec();
    }
    if !pending.is_empty() {
        return Err(format!("{} resources left unprocessed", pending.len()));
    }
    Ok(items)
}

fn policies(list: &[aws_sdk_iam::types::PolicyDetail]) -> Value {
    list.iter()
        .map(|p| json!({"policyName": p.policy_name(), "policyDocument": p.policy_document()}))
        .collect()
}

fn attached(list: &[aws_sdk_iam::types::AttachedPolicy]) -> Value {
    list.iter()
        .map(|p| json!({"policyName": p.policy_name(), "policyArn": p.policy_arn()}))
        .collect()
}

fn iam_tags(list: &[aws_sdk_iam::types::Tag]) -> Value {
    list.iter()
        .map(|t| json!({"key": t.key(), "value": t.value()}))
        .collect()
}

/// An IAM entity's name, from its ARN when the API left it out.
fn entity_name<'a>(name: Option<&'a str>, arn: Option<&'a str>) -> &'a str {
    name.filter(|n| !n.is_empty())
        .or_else(|| arn.and_then(|a| a.rsplit('/').next()))
        .unwrap_or_default()
}

fn iam_item(
    account: &str,
    resource_type: &str,
    id: &str,
    name: &str,
    arn: &str,
    tags: Value,
    configuration: Value,
) -> Value {
    json!({
        "resourceType": resource_type,
        "resourceId": id,
        "resourceName": name,
        "arn": arn,
        "accountId": account,
        "awsRegion": crate::sources::aws::GLOBAL,
        "tags": tags,
        "configuration": configuration,
    })
}

/// The account's IAM in AWS Config's shape: users, groups, roles, customer managed policies,
/// the credential report, the password policy and the account summary.
pub async fn iam(
    client: &aws_sdk_iam::Client,
    calls: &Calls,
    account: &str,
) -> Result<Vec<Value>, String> {
    use aws_sdk_iam::types::EntityType;
    let mut items = Vec::new();
    calls.record("iam:GetAccountAuthorizationDetails");
    let pages = client
        .get_account_authorization_details()
        .filter(EntityType::User)
        .filter(EntityType::Group)
        .filter(EntityType::Role)
        .filter(EntityType::LocalManagedPolicy)
        .into_paginator()
        .send()
        .try_collect()
        .await
        .map_err(|e| reason(&e))?;
    for page in &pages {
        for u in page.user_detail_list() {
            let name = entity_name(u.user_name(), u.arn());
            items.push(iam_item(
                account,
                "AWS::IAM::User",
                u.user_id().unwrap_or(name),
                name,
                u.arn().unwrap_or_default(),
                iam_tags(u.tags()),
                json!({
                    "userName": name, "userId": u.user_id(), "arn": u.arn(), "path": u.path(),
                    "createDate": date(u.create_date()),
                    "userPolicyList": policies(u.user_policy_list()),
                    "attachedManagedPolicies": attached(u.attached_managed_policies()),
                    "groupList": u.group_list(),
                    "permissionsBoundary": u.permissions_boundary().and_then(|b| b.permissions_boundary_arn()),
                }),
            ));
        }
        for g in page.group_detail_list() {
            let name = entity_name(g.group_name(), g.arn());
            items.push(iam_item(
                account,
                "AWS::IAM::Group",
                g.group_id().unwrap_or(name),
                name,
                g.arn().unwrap_or_default(),
                json!([]),
                json!({
                    "groupName": name, "groupId": g.group_id(), "arn": g.arn(), "path": g.path(),
                    "createDate": date(g.create_date()),
                    "groupPolicyList": policies(g.group_policy_list()),
                    "attachedManagedPolicies": attached(g.attached_managed_policies()),
                }),
            ));
        }
        for r in page.role_detail_list() {
            let name = entity_name(r.role_name(), r.arn());
            items.push(iam_item(
                account,
                "AWS::IAM::Role",
                r.role_id().unwrap_or(name),
                name,
                r.arn().unwrap_or_default(),
                iam_tags(r.tags()),
                json!({
                    "roleName": name, "roleId": r.role_id(), "arn": r.arn(), "path": r.path(),
                    "createDate": date(r.create_date()),
                    "assumeRolePolicyDocument": r.assume_role_policy_document(),
                    "rolePolicyList": policies(r.role_policy_list()),
                    "attachedManagedPolicies": attached(r.attached_managed_policies()),
                    "instanceProfileList": r.instance_profile_list().iter()
                        .map(|p| json!({"instanceProfileName": p.instance_profile_name(), "arn": p.arn()}))
                        .collect::<Vec<_>>(),
                    "permissionsBoundary": r.permissions_boundary().and_then(|b| b.permissions_boundary_arn()),
                    "roleLastUsed": r.role_last_used().map(|u| json!({
                        "lastUsedDate": date(u.last_used_date()), "region": u.region()})),
                }),
            ));
        }
        for p in page.policies() {
            let name = entity_name(p.policy_name(), p.arn());
            items.push(iam_item(
                account,
                "AWS::IAM::Policy",
                p.policy_id().unwrap_or(name),
                name,
                p.arn().unwrap_or_default(),
                json!([]),
                json!({
                    "policyName": name, "policyId": p.policy_id(), "arn": p.arn(), "path": p.path(),
                    "defaultVersionId": p.default_version_id(),
                    "attachmentCount": p.attachment_count(),
                    "isAttachable": p.is_attachable(),
                    "createDate": date(p.create_date()), "updateDate": date(p.update_date()),
                    "policyVersionList": p.policy_version_list().iter().map(|v| json!({
                        "document": v.document(), "versionId": v.version_id(),
                        "isDefaultVersion": v.is_default_version(),
                        "createDate": date(v.create_date()),
                    })).collect::<Vec<_>>(),
                }),
            ));
        }
    }
    items.extend(credential_report(client, calls, account).await?);
    items.push(password_policy(client, calls, account).await?);
    calls.record("iam:GetAccountSummary");
    let summary = client
        .get_account_summary()
        .send()
        .await
        .map_err(|e| reason(&e))?;
    let map: Map<String, Value> = summary
        .summary_map()
        .map(|m| {
            m.iter()
                .map(|(k, v)| (k.as_str().to_string(), json!(v)))
                .collect()
        })
        .unwrap_or_default();
    items.push(iam_item(
        account,
        "Tollgate::IAM::AccountSummary",
        "account-summary",
        "account-summary",
        &format!("arn:aws:iam::{account}:account-summary"),
        json!([]),
        Value::Object(map),
    ));
    Ok(items)
}

async fn password_policy(
    client: &aws_sdk_iam::Client,
    calls: &Calls,
    account: &str,
) -> Result<Value, String> {
    calls.record("iam:GetAccountPasswordPolicy");
    let configuration = match client.get_account_password_policy().send().await {
        Ok(out) => match out.password_policy() {
            Some(p) => json!({
                "present": true,
                "minimumPasswordLength": p.minimum_password_length(),
                "requireSymbols": p.require_symbols(),
                "requireNumbers": p.require_numbers(),
                "requireUppercaseCharacters": p.require_uppercase_characters(),
                "requireLowercaseCharacters": p.require_lowercase_characters(),
                "allowUsersToChangePassword": p.allow_users_to_change_password(),
                "expirePasswords": p.expire_passwords(),
                "maxPasswordAge": p.max_password_age(),
                "passwordReusePrevention": p.password_reuse_prevention(),
                "hardExpiry": p.hard_expiry(),
            }),
            None => json!({"present": false}),
        },
        Err(e)
            if e.as_service_error()
                .is_some_and(|s| s.is_no_such_entity_exception()) =>
        {
            json!({"present": false})
        }
        Err(e) => return Err(reason(&e)),
    };
    Ok(iam_item(
        account,
        "Tollgate::IAM::PasswordPolicy",
        "account-password-policy",
        "account-password-policy",
        &format!("arn:aws:iam::{account}:account-password-policy"),
        json!([]),
        configuration,
    ))
}

/// The credential report, generated on demand and polled until ready, one item per row.
async fn credential_report(
    client: &aws_sdk_iam::Client,
    calls: &Calls,
    account: &str,
) -> Result<Vec<Value>, String> {
    use aws_sdk_iam::types::ReportStateType;
    let mut ready = false;
    for attempt in 0..20u64 {
        calls.record("iam:GenerateCredentialReport");
        let out = client
            .generate_credential_report()
            .send()
            .await
            .map_err(|e| reason(&e))?;
        if out.state() == Some(&ReportStateType::Complete) {
            ready = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(500 * (attempt + 1).min(6))).await;
    }
    if !ready {
        return Err("the IAM credential report was not ready in time".to_string());
    }
    calls.record("iam:GetCredentialReport");
    let out = client
        .get_credential_report()
        .send()
        .await
        .map_err(|e| reason(&e))?;
    let bytes = out
        .content()
        .map(|b| b.as_ref().to_vec())
        .unwrap_or_default();
    parse_credential_report(&bytes, account)
}

/// Rows of a credential report CSV as `Tollgate::IAM::Credential` items.
pub fn parse_credential_report(csv_bytes: &[u8], account: &str) -> Result<Vec<Value>, String> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(csv_bytes);
    let headers = reader
        .headers()
        .map_err(|e| format!("credential report: {e}"))?
        .clone();
    let mut items = Vec::new();
    for row in reader.records() {
        let row = row.map_err(|e| format!("credential report: {e}"))?;
        let mut c = Map::new();
        for (name, value) in headers.iter().zip(row.iter()) {
            let v = match value {
                "true" => json!(true),
                "false" => json!(false),
                "N/A" | "no_information" | "not_supported" | "" => Value::Null,
                other => json!(other),
            };
            c.insert(name.to_string(), v);
        }
        let user = c
            .get("user")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let arn = c
            .get("arn")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        items.push(iam_item(
            account,
            "Tollgate::IAM::Credential",
            &user,
            &user,
            &arn,
            json!([]),
            Value::Object(c),
        ));
    }
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credential_report_rows_become_items() {
        let csv = "user,arn,user_creation_time,password_enabled,mfa_active,access_key_1_active,access_key_1_last_rotated\n\
<root_account>,arn:aws:iam::111111111111:root,2020-01-01T00:00:00+00:00,not_supported,false,true,2021-01-01T00:00:00+00:00\n\
alice,arn:aws:iam::111111111111:user/alice,2024-01-01T00:00:00+00:00,true,true,false,N/A\n";
        let items = parse_credential_report(csv.as_bytes(), "111111111111").unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0]["arn"], "arn:aws:iam::111111111111:root");
        assert_eq!(items[0]["configuration"]["password_enabled"], Value::Null);
        assert_eq!(items[0]["configuration"]["access_key_1_active"], true);
        assert_eq!(
            items[1]["configuration"]["access_key_1_last_rotated"],
            Value::Null
        );
        let r = crate::sources::aws::normalize(&items[1]).unwrap();
        assert_eq!(r.region, "global");
    }
}
