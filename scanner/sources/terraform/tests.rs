use super::*;
use std::fs;

/// Writes files into a temporary directory and loads every Terraform module in it.
fn load_tree(files: &[(&str, &str)]) -> (LoadedTerraform, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut dirs: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for (path, text) in files {
        let full = dir.path().join(path);
        fs::create_dir_all(full.parent().unwrap()).unwrap();
        fs::write(&full, text).unwrap();
        let rel = path.rsplit_once('/').map(|(d, _)| d).unwrap_or(".");
        dirs.entry(rel.to_string()).or_default().push(full);
    }
    (load(dir.path(), &dirs), dir)
}

fn resource<'a>(doc: &'a Document, address: &str) -> &'a Value {
    doc.input["resources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["address"] == address)
        .unwrap_or_else(|| panic!("no {address} in {:#}", doc.input["resources"]))
}

#[test]
fn variables_tfvars_locals_and_interpolation() {
    let (loaded, _dir) = load_tree(&[
        (
            "main.tf",
            r#"
variable "env" { default = "dev" }
variable "encrypt" { default = true }
variable "retention" {}
variable "unset" {}
locals {
  name = "${var.env}-data"
  tags = merge({ team = "core" }, { env = var.env })
  days = var.retention * 2
}
resource "aws_ebs_volume" "v" {
  encrypted = var.encrypt
  size      = local.days
  tags      = local.tags
  kms_key_id = var.unset
  name      = format("%s-%02d", local.name, 1)
  json      = jsonencode({ a = [1, 2] })
}
"#,
        ),
        ("terraform.tfvars", "encrypt = false\nretention = 5\n"),
        ("z.auto.tfvars", "env = \"prod\"\n"),
    ]);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let doc = &loaded.documents[0];
    let v = &resource(doc, "aws_ebs_volume.v")["attributes"];
    assert_eq!(v["encrypted"], false);
    assert_eq!(v["size"], 10);
    assert_eq!(v["tags"], json!({"team": "core", "env": "prod"}));
    assert_eq!(v["kms_key_id"], json!({"__unknown__": "var.unset"}));
    assert_eq!(v["name"], "prod-data-1");
    assert_eq!(v["json"], "{\"a\":[1,2]}");
}

#[test]
fn count_for_each_and_references() {
    let (loaded, _dir) = load_tree(&[(
        "main.tf",
        r#"
variable "buckets" { default = { logs = "private", site = "public-read" } }
resource "aws_s3_bucket" "b" {
  for_each = var.buckets
  bucket   = "acme-${each.key}"
  acl      = each.value
}
resource "aws_s3_bucket_public_access_block" "p" {
  for_each = aws_s3_bucket.b
  bucket   = aws_s3_bucket.b[each.key].id
  block_public_acls = true
}
resource "aws_instance" "web" {
  count = 2
  ami   = "ami-${count.index}"
}
output "names" { value = [for k, b in aws_s3_bucket.b : b.bucket] }
resource "aws_sns_topic" "t" {
  name = join(",", aws_instance.web[*].ami)
  cond = length(aws_instance.web) > 1 ? "many" : "one"
}
"#,
    )]);
    let doc = &loaded.documents[0];
    let site = resource(doc, "aws_s3_bucket.b[\"site\"]");
    assert_eq!(site["attributes"]["bucket"], "acme-site");
    let pab = resource(doc, "aws_s3_bucket_public_access_block.p[\"logs\"]");
    assert_eq!(
        pab["attributes"]["bucket"]["__ref__"],
        "aws_s3_bucket.b[\"logs\"]"
    );
    assert_eq!(pab["refs"], json!(["aws_s3_bucket.b[\"logs\"]"]));
    assert_eq!(
        resource(doc, "aws_instance.web[1]")["attributes"]["ami"],
        "ami-1"
    );
    let topic = &resource(doc, "aws_sns_topic.t")["attributes"];
    assert_eq!(topic["name"], "ami-0,ami-1");
    assert_eq!(topic["cond"], "many");
}

#[test]
fn local_child_modules_with_arguments() {
    let (loaded, _dir) = load_tree(&[
        (
            "root/main.tf",
            r#"
module "logs" {
  source  = "../modules/bucket"
  name    = "logs"
  encrypt = false
}
module "many" {
  source   = "../modules/bucket"
  for_each = toset(["a", "b"])
  name     = each.key
}
resource "aws_sns_topic" "t" { name = module.logs.arn_hint }
"#,
        ),
        (
            "modules/bucket/main.tf",
            r#"
variable "name" {}
variable "encrypt" { default = true }
resource "aws_s3_bucket" "this" {
  bucket = "acme-${var.name}"
  server_side_encryption = var.encrypt
}
output "arn_hint" { value = "arn:aws:s3:::${aws_s3_bucket.this.bucket}" }
"#,
        ),
    ]);
    // The child directory is evaluated through its callers, not as a root of its own.
    assert_eq!(loaded.documents.len(), 1);
    let doc = &loaded.documents[0];
    let logs = resource(doc, "module.logs.aws_s3_bucket.this");
    assert_eq!(logs["attributes"]["server_side_encryption"], false);
    assert_eq!(logs["module"], "module.logs");
    assert_eq!(logs["file"], "modules/bucket/main.tf");
    let b = resource(doc, "module.many[\"b\"].aws_s3_bucket.this");
    assert_eq!(b["attributes"]["bucket"], "acme-b");
    assert_eq!(b["attributes"]["server_side_encryption"], true);
    assert_eq!(
        resource(doc, "aws_sns_topic.t")["attributes"]["name"],
        "arn:aws:s3:::acme-logs"
    );
    let location = doc
        .source_map
        .locate(
            "module.logs.aws_s3_bucket.this",
            &["server_side_encryption".into()],
        )
        .unwrap();
    assert_eq!(location.file, "modules/bucket/main.tf");
    assert_eq!(location.region.start_line, 6);
}

#[test]
fn nested_and_dynamic_blocks_with_spans() {
    let (loaded, _dir) = load_tree(&[(
        "sg.tf",
        r#"variable "ports" { default = [22, 443] }
resource "aws_security_group" "sg" {
  name = "web"
  dynamic "ingress" {
    for_each = var.ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
  egress {
    from_port = 0
  }
}
"#,
    )]);
    let doc = &loaded.documents[0];
    let sg = &resource(doc, "aws_security_group.sg")["attributes"];
    assert_eq!(sg["ingress"][1]["from_port"], 443);
    assert_eq!(sg["egress"][0]["from_port"], 0);
    let at = |path: &[&str]| {
        let path: Vec<String> = path.iter().map(|s| s.to_string()).collect();
        doc.source_map
            .locate("aws_security_group.sg", &path)
            .unwrap()
            .region
    };
    assert_eq!(at(&["name"]).start_line, 3);
    assert_eq!(at(&["egress", "0", "from_port"]).start_line, 13);
    assert_eq!(at(&["ingress", "0", "from_port"]).start_line, 7);
    assert_eq!(
        at(&["tags"]).start_line,
        2,
        "absent attribute points at the block"
    );
}

#[test]
fn unknown_values_never_guess() {
    let (loaded, _dir) = load_tree(&[(
        "main.tf",
        r#"
variable "flag" {}
data "aws_caller_identity" "me" {}
resource "aws_db_instance" "db" {
  multi_az          = var.flag ? true : false
  storage_encrypted = var.flag && true
  deletion_protection = var.flag || true
  identifier        = "db-${data.aws_caller_identity.me.account_id}"
  port              = sha256("x")
  count             = var.flag ? 1 : 0
}
"#,
    )]);
    let doc = &loaded.documents[0];
    let db = &resource(doc, "aws_db_instance.db")["attributes"];
    assert!(db["multi_az"]["__unknown__"].is_string());
    assert!(db["storage_encrypted"]["__unknown__"].is_string());
    assert_eq!(db["deletion_protection"], true);
    assert!(db["identifier"]["__unknown__"].is_string());
    assert!(db["port"]["__unknown__"].is_string());
    assert!(db.get("count").is_none());
}

#[test]
fn broken_file_keeps_intact_blocks_and_reports_the_error() {
    let (loaded, _dir) = load_tree(&[
        (
            "main.tf",
            "resource \"aws_s3_bucket\" \"ok\" {\n  bucket = \"a\"\n}\n\nresource \"aws_s3_bucket\" \"broken\" {\n  bucket = \n}\n",
        ),
        ("other.tf", "resource \"aws_sns_topic\" \"t\" {}\n"),
    ]);
    assert_eq!(loaded.diagnostics.len(), 1);
    assert_eq!(loaded.diagnostics[0].file, "main.tf");
    assert_eq!(loaded.diagnostics[0].line, Some(6));
    let doc = &loaded.documents[0];
    assert_eq!(
        resource(doc, "aws_s3_bucket.ok")["attributes"]["bucket"],
        "a"
    );
    resource(doc, "aws_sns_topic.t");
    assert!(doc.input["resources"].as_array().unwrap().len() == 2);
}

#[test]
fn hostile_modules_terminate() {
    let (loaded, _dir) = load_tree(&[
        (
            "a/main.tf",
            "module \"b\" { source = \"../b\" }\nlocals {\n x = local.y\n y = local.x\n}\nresource \"aws_sns_topic\" \"t\" { name = local.x }\n",
        ),
        ("b/main.tf", "module \"a\" { source = \"../a\" }\n"),
        ("c/main.tf", "resource \"null_resource\" \"n\" { count = 100000000 }\n"),
    ]);
    // a and b call each other: a is still scanned once (with b inside it) and nothing loops.
    assert!(
        loaded.diagnostics.iter().all(|d| d.code == "module-depth"),
        "{:?}",
        loaded.diagnostics
    );
    let paths: Vec<&str> = loaded.documents.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(paths, vec!["a", "c"]);
    let a = &loaded.documents[0];
    assert!(resource(a, "aws_sns_topic.t")["attributes"]["name"]["__unknown__"].is_string());
    let c = &loaded.documents[1];
    assert_eq!(c.input["resources"].as_array().unwrap().len(), 1);
}
