//! Byte offsets to 1-based lines and columns (columns in UTF-16 code units, SARIF's default).

use crate::model::Region;
use std::ops::Range;

/// Line starts of one file's text.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// Line (1-based) and UTF-16 column (1-based) of a byte offset.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let prefix = text.get(start..offset).unwrap_or("");
        (line, prefix.encode_utf16().count() + 1)
    }

    pub fn region(&self, text: &str, span: &Range<usize>) -> Region {
        let (start_line, start_column) = self.position(text, span.start);
        let (end_line, end_column) = self.position(text, span.end);
        Region {
            start_line,
            start_column,
            end_line,
            end_column,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based() {
        let text = "ab\ncd\n\né";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 0), (1, 1));
        assert_eq!(index.position(text, 1), (1, 2));
        assert_eq!(index.position(text, 3), (2, 1));
        assert_eq!(index.position(text, 6), (3, 1));
        assert_eq!(index.position(text, text.len()), (4, 2));
    }
}
