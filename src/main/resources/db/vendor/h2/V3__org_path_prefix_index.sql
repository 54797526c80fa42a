-- H2 uses the plain path index for prefix matches; nothing more is needed.
select 1;
