-- The audit trail cannot be changed or deleted, not even by a bug in the application.
create function audit_entry_append_only() returns trigger as $$
begin
    raise exception 'the audit trail is append-only';
end;
$$ language plpgsql;

create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
