-- The organisation tree: territories and bodies, with the history of their placement, short names and lineage.
create sequence org_unit_seq start with 1;

create table org_unit (
    id          uuid primary key,
    seq         bigint not null,
    code        varchar(50) not null,
    name        varchar(255) not null,
    name_folded varchar(255) not null,
    short_name  varchar(50),
    kind        varchar(40) not null,
    parent_id   uuid references org_unit (id),
    path        varchar(1000) not null,
    depth       int not null,
    valid_from  date,
    valid_to    date,
    created_at  timestamp with time zone not null,
    version     bigint not null
);
create unique index org_unit_code_uk on org_unit (code);
create unique index org_unit_seq_uk on org_unit (seq);
create index org_unit_parent_idx on org_unit (parent_id);
create index org_unit_path_idx on org_unit (path);

-- Where a unit sat in the tree, and when: the current parent is the placement without an end.
create table org_unit_placement (
    unit_id    uuid not null references org_unit (id),
    parent_id  uuid references org_unit (id),
    valid_from date,
    valid_to   date
);
create index org_unit_placement_unit_idx on org_unit_placement (unit_id);
create index org_unit_placement_parent_idx on org_unit_placement (parent_id);

-- The issuer code a unit used in document symbols, and when (BDVTU until 2025, BTGDVTU after…).
create table org_unit_short_name (
    unit_id    uuid not null references org_unit (id),
    short_name varchar(50) not null,
    valid_from date,
    valid_to   date
);
create index org_unit_short_name_unit_idx on org_unit_short_name (unit_id);

-- Merges (N to 1) and splits (1 to N), so that old records can be attributed to today's units.
create table org_unit_lineage (
    predecessor_id uuid not null references org_unit (id),
    successor_id   uuid not null references org_unit (id),
    effective_on   date not null,
    kind           varchar(10) not null,
    primary key (predecessor_id, successor_id)
);
create index org_unit_lineage_successor_idx on org_unit_lineage (successor_id);

create table staff (
    id         uuid primary key,
    unit_id    uuid not null references org_unit (id),
    full_name  varchar(200) not null,
    position   varchar(200),
    email      varchar(200),
    phone      varchar(40),
    account_id uuid,
    created_at timestamp with time zone not null,
    version    bigint not null
);
create index staff_unit_idx on staff (unit_id);
create unique index staff_account_uk on staff (account_id);

-- The designated mobilisation leader (cán bộ phụ trách công tác dân vận) of a unit: one at a time, with history.
create table org_unit_leader (
    unit_id    uuid not null references org_unit (id),
    staff_id   uuid not null references staff (id),
    valid_from date not null,
    valid_to   date,
    designated_by varchar(100) not null,
    designated_at timestamp with time zone not null
);
create index org_unit_leader_unit_idx on org_unit_leader (unit_id);
