-- The document registry: incoming, outgoing and reference documents of a unit, and stubs for documents that are
-- cited but not yet registered (no unit, no text; merged into the real one when it is registered).
create table document_record (
    id                uuid primary key,
    unit_id           uuid references org_unit (id),
    direction         varchar(16) not null,
    status            varchar(16) not null,
    kind              varchar(16),
    symbol            varchar(200),
    symbol_key        varchar(200),
    number            varchar(20),
    type_code         varchar(20),
    type_name         varchar(100),
    issuer            varchar(500),
    issuer_code       varchar(100),
    place             varchar(200),
    issued_on         date,
    issued_year       int,
    title             varchar(2000),
    signer            varchar(200),
    signing_authority varchar(20),
    signer_title      varchar(200),
    recipients        varchar(4000),
    confidential      boolean not null,
    file_name         varchar(255),
    file_type         varchar(20),
    file_size         bigint,
    file_sha256       varchar(64),
    expired_on        date,
    created_at        timestamp with time zone not null,
    created_by        varchar(100) not null,
    updated_at        timestamp with time zone not null,
    version           bigint not null
);
create index document_record_unit_idx on document_record (unit_id);
create index document_record_symbol_key_idx on document_record (symbol_key);
create index document_record_year_idx on document_record (issued_year);
create index document_record_created_idx on document_record (created_at);

-- The text of a registered document, apart from its particulars (it can run to megabytes).
create table document_text (
    document_id uuid primary key references document_record (id),
    body        text not null
);

-- Directed relations between documents: BASED_ON and CITES come from the text, GUIDES, AMENDS, REPLACES and CORRECTS
-- are added by hand with the date they take effect. Only forward edges are stored; the other direction is derived.
create table document_link (
    id           uuid primary key,
    source_id    uuid not null references document_record (id),
    target_id    uuid not null references document_record (id),
    relation     varchar(16) not null,
    effective_on date,
    position     int not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(100) not null
);
create unique index document_link_uk on document_link (source_id, target_id, relation);
create index document_link_target_idx on document_link (target_id);

-- How an issuer numbers its outgoing documents (ND 30/2020 Điều 15; Party: HD 36-HD/VPTW 1.3).
create table document_numbering (
    unit_id uuid primary key references org_unit (id),
    scheme  varchar(16) not null,
    term    varchar(40),
    version bigint not null
);

-- One series of outgoing numbers; the key names issuer, year or term, type and confidentiality.
create table document_series (
    id          uuid primary key,
    series_key  varchar(300) not null,
    unit_id     uuid not null references org_unit (id),
    year        int,
    term        varchar(40),
    type_code   varchar(20),
    confidential boolean not null,
    next_number int not null
);
create unique index document_series_key_uk on document_series (series_key);

-- Which database the search index was built from, so that a stale index (a fresh database) is rebuilt.
create table document_search_state (
    id    int primary key,
    token varchar(64) not null
);
