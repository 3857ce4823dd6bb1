//! Card history in an embedded SQLite database: one row per run, keyed by target and time, so
//! reports show trends and the change since the last run.

use super::{Card, HistoryPoint};
use rusqlite::{params, Connection};
use std::path::Path;

/// Why the history could not be read or written.
#[derive(Debug, thiserror::Error)]
#[error("history {path}: {message}")]
pub struct HistoryError {
    pub path: String,
    pub message: String,
}

/// An open history database.
pub struct History {
    connection: Connection,
    path: String,
}

impl History {
    /// Opens (and creates, with its directory) the database at `path`.
    pub fn open(path: &Path) -> Result<History, HistoryError> {
        let error = |message: String| HistoryError {
            path: path.display().to_string(),
            message,
        };
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| error(e.to_string()))?;
        }
        let connection = Connection::open(path).map_err(|e| error(e.to_string()))?;
        connection
            .execute_batch(
                "CREATE TABLE IF NOT EXISTS runs (
                    id INTEGER PRIMARY KEY,
                    target TEXT NOT NULL,
                    generated_at TEXT NOT NULL,
                    card TEXT NOT NULL
                );
                CREATE INDEX IF NOT EXISTS runs_by_target ON runs (target, id);",
            )
            .map_err(|e| error(e.to_string()))?;
        Ok(History {
            connection,
            path: path.display().to_string(),
        })
    }

    fn error(&self, e: impl std::fmt::Display) -> HistoryError {
        HistoryError {
            path: self.path.clone(),
            message: e.to_string(),
        }
    }

    /// The last `limit` runs of a target, oldest first.
    pub fn points(&self, target: &str, limit: usize) -> Result<Vec<HistoryPoint>, HistoryError> {
        let mut statement = self
            .connection
            .prepare("SELECT card FROM runs WHERE target = ?1 ORDER BY id DESC LIMIT ?2")
            .map_err(|e| self.error(e))?;
        let rows = statement
            .query_map(params![target, limit as i64], |row| row.get::<_, String>(0))
            .map_err(|e| self.error(e))?;
        let mut points = Vec::new();
        for row in rows {
            let text = row.map_err(|e| self.error(e))?;
            // A row written by a newer, incompatible version is skipped rather than fatal.
            if let Ok(card) = serde_json::from_str::<Card>(&text) {
                points.push(HistoryPoint {
                    generated_at: card.generated_at.clone(),
                    overall: card.overall.score,
                    dimensions: card
                        .dimensions
                        .iter()
                        .map(|d| (d.dimension, d.score))
                        .collect(),
                });
            }
        }
        points.reverse();
        Ok(points)
    }

    /// Appends a run.
    pub fn record(&self, card: &Card) -> Result<(), HistoryError> {
        let mut stored = card.clone();
        stored.history.clear();
        let text = serde_json::to_string(&stored).map_err(|e| self.error(e))?;
        self.connection
            .execute(
                "INSERT INTO runs (target, generated_at, card) VALUES (?1, ?2, ?3)",
                params![card.target, card.generated_at, text],
            )
            .map_err(|e| self.error(e))?;
        Ok(())
    }
}
