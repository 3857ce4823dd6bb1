//! Tollgate: policy-as-code compliance and DevOps-maturity scanner.
//!
//! Data flows one way: `sources` turn files into documents, `engine` evaluates Rego policies
//! over documents into findings, `report` renders findings.

pub mod config;
pub mod diff;
pub mod engine;
pub mod maturity;
pub mod model;
pub mod report;
pub mod scan;
pub mod sources;
pub mod sweep;
