-- The register's search matches a name prefix (ix_citizen_name) or a case-reference
-- prefix, both without regard to case; this index serves the second half, so that
-- PostgreSQL answers the whole search from the two indexes (a BitmapOr) instead of
-- reading the table.
create index ix_citizen_case_reference_lower on citizen (lower(case_reference) varchar_pattern_ops);
