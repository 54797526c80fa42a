-- Statutory periods of each step of handling a petition, versioned by the date they took effect (VIETNAM.md §2.2).
create table petition_deadline_rule (
    id                         varchar(60) primary key,
    step                       varchar(40) not null,
    effective_from             date not null,
    period                     int not null,
    day_count                  varchar(20) not null,
    complex_period             int,
    especially_complex_period  int,
    remote_period              int,
    remote_complex_period      int,
    max_extensions             int not null,
    law                        varchar(300) not null,
    source                     varchar(1000) not null,
    verified                   boolean not null
);
create unique index petition_deadline_rule_uk on petition_deadline_rule (step, effective_from);

-- A petition (đơn thư) received by a unit, with the clock of its current step.
create table petition_case (
    id                uuid primary key,
    code              varchar(20) not null,
    unit_id           uuid not null references org_unit (id),
    channel           varchar(20) not null,
    kind              varchar(20),
    status            varchar(20) not null,
    is_open           boolean not null,
    received_on       date not null,
    subject           varchar(300) not null,
    content           varchar(20000) not null,
    content_folded    varchar(20000) not null,
    remote            boolean not null,
    complexity        varchar(20) not null,
    second_time       boolean not null,
    confidential      boolean not null,
    repeated          boolean not null,
    complex_mass      boolean not null,
    rule_id           varchar(60),
    clock_step        varchar(20) not null,
    clock_start       date,
    period_days       int,
    day_count         varchar(20),
    due_on            date,
    notice_due_on     date,
    extensions        int not null,
    handler_username  varchar(100),
    handler_name      varchar(255),
    outcome           varchar(20),
    decision_number   varchar(100),
    decision_date     date,
    closed_on         date,
    on_time           boolean,
    forwarded_to      uuid,
    forwarded_from    uuid,
    created_at        timestamp with time zone not null,
    version           bigint not null
);
create unique index petition_case_code_uk on petition_case (code);
create index petition_case_unit_idx on petition_case (unit_id);
create index petition_case_open_due_idx on petition_case (is_open, due_on);
create index petition_case_received_idx on petition_case (received_on);

-- The petitioners of a case: identity encrypted at rest, a keyed hash of the ID number for duplicate lookups; name and
-- address kept in clear only when the identity is not confidential.
create table petition_person (
    petition_id   uuid not null references petition_case (id),
    seq      int not null,
    full_name     varchar(255),
    address       varchar(500),
    identity_enc  varchar(4000) not null,
    id_hash       varchar(64),
    primary key (petition_id, seq)
);
create index petition_person_id_hash_idx on petition_person (id_hash);

-- What happened to a case, in order: decisions with their deadlines, extensions with their reasons, steps.
create table petition_history (
    petition_id      uuid not null references petition_case (id),
    seq         int not null,
    action           varchar(40) not null,
    on_date          date not null,
    recorded_at      timestamp with time zone not null,
    actor            varchar(100) not null,
    note             varchar(4000),
    due_on           date,
    document_number  varchar(100),
    document_date    date,
    primary key (petition_id, seq)
);

-- Files attached to a case; the bytes are kept under the data directory.
create table petition_attachment (
    id           uuid primary key,
    petition_id  uuid not null references petition_case (id),
    file_name    varchar(255) not null,
    media_type   varchar(100) not null,
    byte_size    bigint not null,
    sha256       varchar(64) not null,
    added_at     timestamp with time zone not null
);
create index petition_attachment_petition_idx on petition_attachment (petition_id);
