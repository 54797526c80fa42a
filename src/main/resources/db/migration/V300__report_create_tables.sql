-- Reporting: templates (elements, sections, indicators, rules), schedules, units' submissions with their history.
create table report_template (
    id            uuid primary key,
    owner_unit_id uuid not null,
    name          varchar(300) not null,
    created_at    timestamp with time zone not null,
    version       bigint not null
);

create table report_element (
    template_id    uuid not null references report_template (id),
    ord            int not null,
    code           varchar(30) not null,
    name           varchar(300) not null,
    measure        varchar(50) not null,
    aggregation    varchar(10) not null,
    disaggregation varchar(20) not null,
    primary key (template_id, ord)
);

create table report_section (
    template_id uuid not null references report_template (id),
    ord         int not null,
    code        varchar(30) not null,
    heading     varchar(300) not null,
    primary key (template_id, ord)
);

create table report_indicator (
    template_id    uuid not null references report_template (id),
    ord            int not null,
    code           varchar(30) not null,
    name           varchar(300) not null,
    numerator      varchar(30) not null,
    denominator    varchar(30) not null,
    factor         numeric(12, 4) not null,
    plan_target_id uuid,
    primary key (template_id, ord)
);

create table report_rule (
    template_id uuid not null references report_template (id),
    ord         int not null,
    left_element  varchar(30) not null,
    comparison  varchar(2) not null,
    right_element varchar(30) not null,
    primary key (template_id, ord)
);

create table report_schedule (
    id                    uuid primary key,
    name                  varchar(300) not null,
    template_id           uuid not null references report_template (id),
    coordinating_unit_id  uuid not null,
    root_unit_id          uuid,
    unit_kinds            varchar(500),
    period_type           varchar(20) not null,
    deadline_month_offset int not null,
    deadline_day          int not null,
    ad_hoc_from           date,
    ad_hoc_to             date,
    ad_hoc_due            date,
    grace_days            int not null,
    reminder_days         varchar(100) not null,
    first_year            int not null,
    plan_id               uuid,
    created_at            timestamp with time zone not null,
    version               bigint not null
);
create index report_schedule_coordinator_idx on report_schedule (coordinating_unit_id);

create table report_schedule_unit (
    schedule_id uuid not null references report_schedule (id),
    unit_id     uuid not null,
    primary key (schedule_id, unit_id)
);

create table report_submission (
    id                 uuid primary key,
    schedule_id        uuid not null references report_schedule (id),
    period_key         varchar(20) not null,
    unit_id            uuid not null,
    status             varchar(20) not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    updated_by         varchar(100) not null,
    first_submitted_at timestamp with time zone,
    submitted_at       timestamp with time zone,
    decided_at         timestamp with time zone,
    decided_by         varchar(100),
    comment_text       varchar(4000),
    version            bigint not null
);
create unique index report_submission_uk on report_submission (schedule_id, period_key, unit_id);
create index report_submission_unit_idx on report_submission (unit_id);

create table report_value (
    submission_id uuid not null references report_submission (id),
    element_code  varchar(30) not null,
    category      varchar(30) not null,
    value         numeric(20, 4) not null,
    primary key (submission_id, element_code, category)
);

create table report_narrative (
    submission_id uuid not null references report_submission (id),
    section_code  varchar(30) not null,
    body          varchar(20000) not null,
    primary key (submission_id, section_code)
);

-- Every step of a submission, with a snapshot of its figures and texts when it was submitted (its versions).
create table report_submission_history (
    submission_id uuid not null references report_submission (id),
    seq           int not null,
    action        varchar(20) not null,
    actor         varchar(100) not null,
    occurred_at   timestamp with time zone not null,
    note          varchar(4000),
    snapshot      text,
    primary key (submission_id, seq)
);

-- Reminders sent, one per schedule, period, unit and kind, so that a restart never sends one twice.
create table report_reminder (
    schedule_id uuid not null references report_schedule (id),
    period_key  varchar(20) not null,
    unit_id     uuid not null,
    kind        varchar(20) not null,
    sent_on     date not null,
    primary key (schedule_id, period_key, unit_id, kind)
);
