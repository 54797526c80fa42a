-- Each figure carries its report's schedule and period, so that a roll-up reads one period's figures of an element as
-- one range of an index that holds the values too (no stored totals: the figures themselves are read and summed).
alter table report_value add column schedule_id uuid;
alter table report_value add column period_key varchar(20);
update report_value set schedule_id = (select s.schedule_id from report_submission s where s.id = report_value.submission_id),
    period_key = (select s.period_key from report_submission s where s.id = report_value.submission_id);
alter table report_value alter column schedule_id set not null;
alter table report_value alter column period_key set not null;
create index report_value_period_idx on report_value (schedule_id, period_key, element_code, category, submission_id, value);
