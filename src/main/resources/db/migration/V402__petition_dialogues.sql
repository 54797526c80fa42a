-- Direct dialogues with citizens (đối thoại trực tiếp): planned, then held with its participants, the questions raised
-- and the answers given, and the commitments made, each followed until done and confirmed by the citizens.
create table dialogue (
    id            uuid primary key,
    unit_id       uuid not null references org_unit (id),
    subject       varchar(300) not null,
    place         varchar(300),
    planned_on    date not null,
    held_on       date,
    status        varchar(20) not null,
    chair         varchar(255),
    participants  varchar(4000),
    minutes       varchar(20000),
    published_on  date,
    created_at    timestamp with time zone not null,
    version       bigint not null
);
create index dialogue_unit_idx on dialogue (unit_id, planned_on);

create table dialogue_question (
    dialogue_id  uuid not null references dialogue (id),
    seq          int not null,
    asked_by     varchar(255),
    question     varchar(4000) not null,
    answer       varchar(4000),
    primary key (dialogue_id, seq)
);

create table dialogue_commitment (
    dialogue_id        uuid not null references dialogue (id),
    seq                int not null,
    content            varchar(2000) not null,
    owner_unit_id      uuid not null references org_unit (id),
    due_on             date not null,
    status             varchar(20) not null,
    evidence           varchar(4000),
    done_on            date,
    confirmation       varchar(20) not null,
    confirmation_note  varchar(2000),
    primary key (dialogue_id, seq)
);
create index dialogue_commitment_due_idx on dialogue_commitment (status, due_on);
