-- The overdue list is read in the order (due day, id) among open cases: an index in that order lets the first page of
-- a million cases be read without sorting every overdue one.
drop index petition_case_open_due_idx;
create index petition_case_open_due_idx on petition_case (is_open, due_on, id);
