//! What a request may hold before the GraphQL parser and validator see it. Both recurse, and
//! the validator expands fragments, so an unchecked document can overflow the stack or make
//! validation run for minutes; every check here is a linear pass without recursion on input
//! the checks before it have not bounded.

use std::collections::HashMap;

use async_graphql::{
    Name, Positioned, Value,
    parser::types::{Directive, ExecutableDocument, Selection, SelectionSet},
};

/// The deepest nesting of `{`, `[` and `(` outside strings and comments: a cheap scan of the
/// raw text of a JSON body or a GraphQL document, before either is parsed.
pub fn nesting(text: &[u8]) -> usize {
    let (mut depth, mut deepest, mut i) = (0usize, 0usize, 0usize);
    while i < text.len() {
        match text[i] {
            b'{' | b'[' | b'(' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b'}' | b']' | b')' => depth = depth.saturating_sub(1),
            b'#' => {
                while i < text.len() && !matches!(text[i], b'\n' | b'\r') {
                    i += 1;
                }
            }
            b'"' if text[i..].starts_with(b"\"\"\"") => {
                // A GraphQL block string; only `\"""` escapes inside it.
                i += 3;
                while i < text.len() && !text[i..].starts_with(b"\"\"\"") {
                    i += if text[i..].starts_with(b"\\\"\"\"") {
                        4
                    } else {
                        1
                    };
                }
                i += 2;
            }
            b'"' => {
                i += 1;
                while i < text.len() && text[i] != b'"' {
                    i += if text[i] == b'\\' { 2 } else { 1 };
                }
            }
            _ => {}
        }
        i += 1;
    }
    deepest
}

/// The size of a document as the validator will walk it, with every fragment spread
/// expanded, counted without expanding: each fragment's size is computed once.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Size {
    /// Field selections, fragments expanded, summed over the operations and the fragment
    /// definitions (the validator walks each of them expanded).
    pub selections: u64,
    /// The deepest nesting of selection sets, fragment spreads counted as a level (as
    /// async-graphql's recursion limit counts them).
    pub depth: usize,
}

/// Why a document's size could not be computed.
#[derive(Debug, PartialEq, Eq)]
pub enum SizeError {
    /// Fragments that spread each other in a circle.
    FragmentCycle,
}

/// The document's size.
pub fn size(document: &ExecutableDocument) -> Result<Size, SizeError> {
    let fragments = &document.fragments;
    // Each fragment after every fragment it spreads (Kahn's algorithm, no recursion over the
    // spread graph, which may be as long as the document).
    let mut spreads: HashMap<&Name, Vec<&Name>> = HashMap::new();
    let mut waiting_on: HashMap<&Name, usize> = HashMap::new();
    let mut spread_by: HashMap<&Name, Vec<&Name>> = HashMap::new();
    for (name, fragment) in fragments {
        let mut names = Vec::new();
        spread_names(&fragment.node.selection_set.node, &mut names);
        names.retain(|n| fragments.contains_key(*n));
        names.sort();
        names.dedup();
        waiting_on.insert(name, names.len());
        for spread in &names {
            spread_by.entry(*spread).or_default().push(name);
        }
        spreads.insert(name, names);
    }
    let mut ready: Vec<&Name> = waiting_on
        .iter()
        .filter(|(_, n)| **n == 0)
        .map(|(name, _)| *name)
        .collect();
    let mut sizes: HashMap<&Name, Size> = HashMap::new();
    while let Some(name) = ready.pop() {
        let fragment = &fragments[name];
        sizes.insert(name, size_of_set(&fragment.node.selection_set.node, &sizes));
        for dependant in spread_by.get(name).into_iter().flatten() {
            if let Some(n) = waiting_on.get_mut(dependant) {
                *n -= 1;
                if *n == 0 {
                    ready.push(dependant);
                }
            }
        }
    }
    if sizes.len() < fragments.len() {
        return Err(SizeError::FragmentCycle);
    }
    let operations = document
        .operations
        .iter()
        .map(|(_, operation)| size_of_set(&operation.node.selection_set.node, &sizes));
    Ok(operations
        .chain(sizes.values().copied())
        .fold(Size::default(), |total, one| Size {
            selections: total.selections.saturating_add(one.selections),
            depth: total.depth.max(one.depth),
        }))
}

/// Recursion over one selection tree is bounded by the document's nesting, checked first.
fn spread_names<'a>(set: &'a SelectionSet, names: &mut Vec<&'a Name>) {
    for item in &set.items {
        match &item.node {
            Selection::Field(field) => spread_names(&field.node.selection_set.node, names),
            Selection::InlineFragment(inline) => {
                spread_names(&inline.node.selection_set.node, names);
            }
            Selection::FragmentSpread(spread) => names.push(&spread.node.fragment_name.node),
        }
    }
}

/// A selection set's size given the sizes of the fragments it spreads (undefined fragments
/// count nothing: the validator refuses them).
fn size_of_set(set: &SelectionSet, fragments: &HashMap<&Name, Size>) -> Size {
    let mut size = Size::default();
    for item in &set.items {
        let (selections, depth) = match &item.node {
            Selection::Field(field) => {
                let inner = size_of_set(&field.node.selection_set.node, fragments);
                let nested = !field.node.selection_set.node.items.is_empty();
                (1 + inner.selections, inner.depth + usize::from(nested))
            }
            Selection::InlineFragment(inline) => {
                let inner = size_of_set(&inline.node.selection_set.node, fragments);
                (inner.selections, inner.depth + 1)
            }
            Selection::FragmentSpread(spread) => fragments
                .get(&spread.node.fragment_name.node)
                .map_or((0, 1), |inner| (inner.selections, inner.depth + 1)),
        };
        size.selections = size.selections.saturating_add(selections);
        size.depth = size.depth.max(depth);
    }
    size
}

/// The input field or argument of the first string holding a character no database can
/// store (NUL): in the document's arguments and default values, or in the variables.
pub fn unstorable_text<'a>(
    document: &'a ExecutableDocument,
    variables: &'a async_graphql::Variables,
) -> Option<&'a str> {
    let mut found = None;
    for (_, operation) in document.operations.iter() {
        for variable in &operation.node.variable_definitions {
            if let Some(default) = &variable.node.default_value {
                found = found.or_else(|| default.node.text_in(&variable.node.name.node));
            }
        }
        found = found.or_else(|| in_set(&operation.node.selection_set.node));
    }
    for fragment in document.fragments.values() {
        found = found.or_else(|| in_set(&fragment.node.selection_set.node));
    }
    for (name, value) in variables.iter() {
        found = found.or_else(|| value.text_in(name));
    }
    found
}

fn in_set(set: &SelectionSet) -> Option<&str> {
    set.items.iter().find_map(|item| match &item.node {
        Selection::Field(field) => in_arguments(&field.node.arguments)
            .or_else(|| in_directives(&field.node.directives))
            .or_else(|| in_set(&field.node.selection_set.node)),
        Selection::InlineFragment(inline) => in_directives(&inline.node.directives)
            .or_else(|| in_set(&inline.node.selection_set.node)),
        Selection::FragmentSpread(spread) => in_directives(&spread.node.directives),
    })
}

fn in_directives(directives: &[Positioned<Directive>]) -> Option<&str> {
    directives
        .iter()
        .find_map(|d| in_arguments(&d.node.arguments))
}

fn in_arguments(
    arguments: &[(Positioned<Name>, Positioned<async_graphql_value::Value>)],
) -> Option<&str> {
    arguments
        .iter()
        .find_map(|(name, value)| value.node.text_in(&name.node))
}

/// Constant values (variables, defaults) and document values (which may name variables)
/// are two types of the same shape.
trait TextValue {
    /// The innermost named field holding a string with a NUL, `field` being this value's.
    fn text_in<'a>(&'a self, field: &'a str) -> Option<&'a str>;
}

impl TextValue for Value {
    fn text_in<'a>(&'a self, field: &'a str) -> Option<&'a str> {
        match self {
            Value::String(s) => s.contains('\0').then_some(field),
            Value::List(items) => items.iter().find_map(|v| v.text_in(field)),
            Value::Object(fields) => fields.iter().find_map(|(k, v)| v.text_in(k.as_str())),
            _ => None,
        }
    }
}

impl TextValue for async_graphql_value::Value {
    fn text_in<'a>(&'a self, field: &'a str) -> Option<&'a str> {
        use async_graphql_value::Value as V;
        match self {
            V::String(s) => s.contains('\0').then_some(field),
            V::List(items) => items.iter().find_map(|v| v.text_in(field)),
            V::Object(fields) => fields.iter().find_map(|(k, v)| v.text_in(k.as_str())),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use async_graphql::parser::parse_query;

    use super::*;

    #[test]
    fn nesting_counts_brackets_outside_strings_and_comments() {
        assert_eq!(nesting(b"{ a { b(x: [1, [2]]) } }"), 5);
        assert_eq!(nesting(br#"{ a(x: "{{{[[[") }"#), 2);
        assert_eq!(nesting(b"{ a # {{{{{\n }"), 1);
        assert_eq!(nesting(br#"{ a(x: """ {{{ \""" {{{ """) }"#), 2);
        assert_eq!(
            nesting(br#"{"query": "{ a { b } }", "v": {"x": ["\"{"]}}"#),
            3
        );
        assert_eq!(nesting(b"[[[[[[[[[["), 10, "unclosed counts too");
        assert_eq!(nesting(br#""unterminated {{{"#), 0);
    }

    fn size_of(query: &str) -> Result<Size, SizeError> {
        size(&parse_query(query).expect("parses"))
    }

    #[test]
    fn size_expands_fragments_without_expanding_them() {
        assert_eq!(
            size_of("{ a { b c } d }"),
            Ok(Size {
                selections: 4,
                depth: 1
            })
        );
        // The classic bomb: each fragment spreads the one below twice.
        let mut bomb = String::from("query { ...F40 } fragment F0 on Query { __typename }");
        for i in 1..=40 {
            bomb.push_str(&format!(
                " fragment F{i} on Query {{ ...F{p} ...F{p} }}",
                p = i - 1
            ));
        }
        let size = size_of(&bomb).expect("no cycle");
        // The operation 2^40, fragment Fi 2^i.
        assert_eq!(size.selections, (1 << 40) + (1 << 41) - 1);
        assert_eq!(size.depth, 41);
        // Many small operations each spreading one large fragment add up.
        let mut many = String::from("fragment Big on Query { a b c d }");
        for i in 0..100 {
            many.push_str(&format!(" query Q{i} {{ ...Big }}"));
        }
        assert_eq!(size_of(&many).map(|s| s.selections), Ok(404));
        assert_eq!(
            size_of("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }"),
            Err(SizeError::FragmentCycle)
        );
        assert_eq!(
            size_of("{ ...A } fragment A on Query { x { ...A } }"),
            Err(SizeError::FragmentCycle)
        );
    }

    #[test]
    fn a_long_chain_of_fragments_is_measured_without_recursion() {
        let mut chain = String::from("query { ...F0 }");
        for i in 0..50_000 {
            chain.push_str(&format!(" fragment F{i} on Query {{ ...F{} }}", i + 1));
        }
        chain.push_str(" fragment F50000 on Query { __typename }");
        let size = size_of(&chain).expect("no cycle");
        assert_eq!(size.selections, 50_002);
        assert_eq!(size.depth, 50_001);
    }

    #[test]
    fn nul_characters_are_found_under_their_field() {
        let document = parse_query(
            r#"mutation($i: In = {a: "ok"}) { login(input: {username: "a\u0000b"}) { token } }"#,
        )
        .expect("parses");
        let none = async_graphql::Variables::default();
        assert_eq!(unstorable_text(&document, &none), Some("username"));
        let clean = parse_query("query($t: String) { a(x: $t, y: [\"z\"]) }").expect("parses");
        assert_eq!(unstorable_text(&clean, &none), None);
        let variables = async_graphql::Variables::from_json(
            serde_json::json!({ "i": { "title": "x", "tags": ["ok", "b\u{0}"] } }),
        );
        assert_eq!(unstorable_text(&clean, &variables), Some("tags"));
    }
}
