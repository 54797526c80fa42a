-- "Dân vận khéo": movements, models and exemplars, criteria, council scoring, recognition, replication, showcase.

-- Criteria are data per province and year: weighted criteria with score ranges, and bands that map a total to a level.
create table emulation_criteria_set (
    id                 uuid primary key,
    province_id        uuid not null,
    year               int not null,
    name               varchar(300) not null,
    rule               varchar(20) not null,
    disagreement_limit numeric(8, 2) not null,
    created_at         timestamp with time zone not null
);
create unique index emulation_criteria_set_uk on emulation_criteria_set (province_id, year);

create table emulation_criterion (
    id              uuid primary key,
    criteria_set_id uuid not null references emulation_criteria_set (id),
    position        int not null,
    name            varchar(500) not null,
    weight          numeric(8, 2) not null,
    min_score       numeric(8, 2) not null,
    max_score       numeric(8, 2) not null
);
create index emulation_criterion_set_idx on emulation_criterion (criteria_set_id);

create table emulation_band (
    criteria_set_id uuid not null references emulation_criteria_set (id),
    min_total       numeric(10, 2) not null,
    label           varchar(100) not null
);
create index emulation_band_set_idx on emulation_band (criteria_set_id);

create table emulation_movement (
    id                  uuid primary key,
    unit_id             uuid not null,
    province_id         uuid not null,
    year                int not null,
    level               varchar(20) not null,
    name                varchar(500) not null,
    rules_document      varchar(300),
    launched_on         date not null,
    registration_from   date not null,
    registration_to     date not null,
    implementation_from date not null,
    implementation_to   date not null,
    evaluation_from     date not null,
    evaluation_to       date not null,
    commendation_on     date not null,
    created_at          timestamp with time zone not null,
    version             bigint not null
);
create index emulation_movement_unit_idx on emulation_movement (unit_id);

create table emulation_model (
    id                 uuid primary key,
    movement_id        uuid not null references emulation_movement (id),
    home_movement_id   uuid not null references emulation_movement (id),
    kind               varchar(20) not null,
    name               varchar(500) not null,
    unit_id            uuid not null,
    unit_name          varchar(255) not null,
    province_id        uuid not null,
    people             varchar(1000),
    field              varchar(30) not null,
    problem            varchar(4000) not null,
    actions            varchar(8000) not null,
    results            varchar(8000) not null,
    started_on         date not null,
    registered_on      date not null,
    status             varchar(20) not null,
    level              varchar(20),
    year               int not null,
    people_approved_by varchar(100),
    people_approved_on date,
    published          boolean not null,
    people_public      boolean not null,
    search_text        varchar(4000) not null,
    version            bigint not null
);
create index emulation_model_movement_idx on emulation_model (movement_id);
create index emulation_model_unit_idx on emulation_model (unit_id);
create index emulation_model_showcase_idx on emulation_model (published, year, field, province_id);

-- Measurable results, optionally tied to a plan target or report figure by reference.
create table emulation_model_figure (
    model_id  uuid not null references emulation_model (id),
    position  int not null,
    indicator varchar(300) not null,
    value     numeric(18, 2) not null,
    measure   varchar(50),
    source    varchar(300)
);
create index emulation_model_figure_idx on emulation_model_figure (model_id);

create table emulation_evidence (
    id          uuid primary key,
    model_id    uuid not null references emulation_model (id),
    file_name   varchar(255) not null,
    media_type  varchar(100) not null,
    size_bytes  bigint not null,
    uploaded_by varchar(100) not null,
    uploaded_at timestamp with time zone not null
);
create index emulation_evidence_model_idx on emulation_evidence (model_id);

-- The movements a model was put forward to, in order: the file travels with it.
create table emulation_nomination (
    model_id     uuid not null references emulation_model (id),
    movement_id  uuid not null references emulation_movement (id),
    nominated_on date not null,
    nominated_by varchar(100) not null,
    primary key (model_id, movement_id)
);

create table emulation_council_member (
    id           uuid primary key,
    movement_id  uuid not null references emulation_movement (id),
    account_id   uuid not null,
    display_name varchar(200) not null,
    unit_id      uuid not null,
    unit_path    varchar(1000) not null,
    unit_name    varchar(255) not null
);
create unique index emulation_council_member_uk on emulation_council_member (movement_id, account_id);

create table emulation_score (
    member_id    uuid not null references emulation_council_member (id),
    model_id     uuid not null references emulation_model (id),
    criterion_id uuid not null references emulation_criterion (id),
    score        numeric(8, 2) not null,
    comment      varchar(2000),
    scored_at    timestamp with time zone not null,
    primary key (member_id, model_id, criterion_id)
);
create index emulation_score_model_idx on emulation_score (model_id);

create table emulation_recognition (
    id          uuid primary key,
    model_id    uuid not null references emulation_model (id),
    movement_id uuid not null references emulation_movement (id),
    level       varchar(20) not null,
    form        varchar(20) not null,
    band        varchar(100),
    total       numeric(10, 2),
    decision    varchar(200) not null,
    decided_on  date not null,
    recorded_by varchar(100) not null
);
create index emulation_recognition_model_idx on emulation_recognition (model_id);

create table emulation_replication (
    id          uuid primary key,
    model_id    uuid not null references emulation_model (id),
    unit_id     uuid not null,
    unit_name   varchar(255) not null,
    started_on  date not null,
    results     varchar(4000) not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null
);
create unique index emulation_replication_uk on emulation_replication (model_id, unit_id);

-- The yearly "dân vận chính quyền" scorecard: template, agencies' self-assessment, the grading unit's adjustment.
create table emulation_scorecard_template (
    id               uuid primary key,
    grading_unit_id  uuid not null,
    year             int not null,
    name             varchar(500) not null,
    created_at       timestamp with time zone not null
);
create unique index emulation_scorecard_template_uk on emulation_scorecard_template (grading_unit_id, year);

create table emulation_scorecard_item (
    id                uuid primary key,
    template_id       uuid not null references emulation_scorecard_template (id),
    position          int not null,
    name              varchar(500) not null,
    max_points        numeric(8, 2) not null,
    evidence_required boolean not null
);
create index emulation_scorecard_item_idx on emulation_scorecard_item (template_id);

create table emulation_scorecard_band (
    template_id uuid not null references emulation_scorecard_template (id),
    min_total   numeric(10, 2) not null,
    label       varchar(100) not null
);
create index emulation_scorecard_band_idx on emulation_scorecard_band (template_id);

create table emulation_scorecard (
    id          uuid primary key,
    template_id uuid not null references emulation_scorecard_template (id),
    unit_id     uuid not null,
    unit_name   varchar(255) not null,
    status      varchar(20) not null,
    self_total  numeric(10, 2),
    final_total numeric(10, 2),
    grade       varchar(100),
    submitted_on date,
    graded_on   date,
    graded_by   varchar(100),
    version     bigint not null
);
create unique index emulation_scorecard_uk on emulation_scorecard (template_id, unit_id);

create table emulation_scorecard_entry (
    scorecard_id uuid not null references emulation_scorecard (id),
    item_id      uuid not null references emulation_scorecard_item (id),
    self_score   numeric(8, 2),
    evidence     varchar(2000),
    final_score  numeric(8, 2),
    reason       varchar(2000),
    primary key (scorecard_id, item_id)
);
