-- "Everything under X" is a prefix match on the path; PostgreSQL needs the pattern operator class for it.
create index org_unit_path_prefix_idx on org_unit (path varchar_pattern_ops);
