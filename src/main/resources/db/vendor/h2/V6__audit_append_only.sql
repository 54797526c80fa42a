-- H2 offers no SQL triggers; the application has no update or delete path for the audit trail.
select 1;
