-- Plans: a unit's plan for a year or a span of years, its targets (with allocations to child units) and tasks (with
-- coordinating units, updates and evidence); an implementing plan points to the plan above it.
create table plan (
    id              uuid primary key,
    owning_unit_id  uuid not null,
    title           varchar(500) not null,
    period_start    date not null,
    period_end      date not null,
    status          varchar(10) not null,
    document_id     uuid,
    parent_plan_id  uuid references plan (id),
    objectives      varchar(20000),
    issued_on       date,
    closed_on       date,
    created_at      timestamp with time zone not null,
    created_by      varchar(100) not null,
    updated_at      timestamp with time zone not null,
    updated_by      varchar(100) not null,
    version         bigint not null,
    constraint plan_once_per_unit unique (parent_plan_id, owning_unit_id)
);
create index plan_unit_idx on plan (owning_unit_id, period_start);

create table plan_target (
    id               uuid primary key,
    plan_id          uuid not null references plan (id),
    ord              int not null,
    indicator        varchar(500) not null,
    comparison       varchar(20) not null,
    target_value     numeric(18, 4) not null,
    target_value_max numeric(18, 4),
    measure          varchar(50),
    baseline         numeric(18, 4),
    due_on           date,
    tolerance        numeric(6, 2) not null,
    latest_value     numeric(18, 4),
    latest_on        date,
    implements_id    uuid,
    source_text      varchar(2000),
    version          bigint not null
);
create index plan_target_plan_idx on plan_target (plan_id);
create index plan_target_implements_idx on plan_target (implements_id);

create table plan_allocation (
    target_id  uuid not null references plan_target (id),
    unit_id    uuid not null,
    amount     numeric(18, 4) not null,
    primary key (target_id, unit_id)
);

create table plan_task (
    id             uuid primary key,
    plan_id        uuid not null references plan (id),
    parent_id      uuid references plan_task (id),
    ord            int not null,
    task_number    varchar(20),
    title          varchar(1000) not null,
    body           varchar(20000),
    lead_unit_id   uuid not null,
    responsible    varchar(200),
    due_on         date,
    recurrence     varchar(100),
    weight         numeric(8, 2) not null,
    status         varchar(12) not null,
    progress       int not null,
    implements_id  uuid,
    updated_at     timestamp with time zone not null,
    updated_by     varchar(100) not null,
    version        bigint not null
);
create index plan_task_plan_idx on plan_task (plan_id, ord);
create index plan_task_lead_idx on plan_task (lead_unit_id, status);
create index plan_task_implements_idx on plan_task (implements_id);

create table plan_task_coordinator (
    task_id       uuid not null references plan_task (id),
    unit_id       uuid not null,
    contribution  varchar(4000),
    progress      int,
    reported_at   timestamp with time zone,
    primary key (task_id, unit_id)
);
create index plan_task_coordinator_unit_idx on plan_task_coordinator (unit_id);

create table plan_task_update (
    id         uuid primary key,
    task_id    uuid not null references plan_task (id),
    unit_id    uuid not null,
    made_at    timestamp with time zone not null,
    by_user    varchar(100) not null,
    status     varchar(12),
    progress   int,
    note       varchar(4000)
);
create index plan_task_update_task_idx on plan_task_update (task_id, made_at);

create table plan_task_evidence (
    id          uuid primary key,
    update_id   uuid not null references plan_task_update (id),
    file_name   varchar(200) not null,
    media_type  varchar(100) not null,
    byte_size   bigint not null
);
