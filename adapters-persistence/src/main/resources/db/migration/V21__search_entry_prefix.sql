-- E2. The texts that start with a fragment, in alphabetical order: the search ranks them first, and looks
-- them up apart from its "contains" scan, whose cut at the first matches found could otherwise miss them
-- (see JooqAccountListAdapter). Byte order (text_pattern_ops) so that LIKE 'fragment%' is a range of it.
create index search_entry_prefix_idx on search_entry (lower(matched) text_pattern_ops);
