//! Secret values never reach policies or reports: environment values are masked, and policies
//! learn only whether a value looked like a credential.

/// A value shown to policies and reports: its first two characters and `***`.
pub fn mask(value: &str) -> String {
    let head: String = value.chars().take(2).collect();
    if value.is_empty() {
        String::new()
    } else if value.chars().count() > 4 {
        format!("{head}***")
    } else {
        "***".to_string()
    }
}

/// True when a value looks like a credential whatever its variable's name.
pub fn secret_value(value: &str) -> bool {
    let aws = (value.starts_with("AKIA") || value.starts_with("ASIA"))
        && value.len() == 20
        && value
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    let tokens = [
        "ghp_",
        "gho_",
        "ghs_",
        "ghu_",
        "github_pat_",
        "glpat-",
        "xoxb-",
        "xoxp-",
        "sk_live_",
    ]
    .iter()
    .any(|p| value.starts_with(p) && value.len() > p.len() + 10);
    let key = value.contains("-----BEGIN") && value.contains("PRIVATE KEY");
    let jwt = value.starts_with("eyJ") && value.split('.').count() == 3 && value.len() > 30;
    aws || tokens || key || jwt
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_and_secret_values() {
        assert_eq!(mask("hunter2"), "hu***");
        assert_eq!(mask("ab"), "***");
        assert!(secret_value("AKIAIOSFODNN7EXAMPLE"));
        assert!(secret_value("ghp_0123456789abcdefghij"));
        assert!(!secret_value("production"));
    }
}
