-- Accounts belong to a unit; roles are granted per unit and cover its subtree.
create table account (
    id                   uuid primary key,
    username             varchar(64) not null,
    display_name         varchar(200) not null,
    email                varchar(200),
    unit_id              uuid not null references org_unit (id),
    password_hash        varchar(200) not null,
    enabled              boolean not null,
    failed_logins        int not null,
    locked_until         timestamp with time zone,
    password_changed_at  timestamp with time zone not null,
    must_change_password boolean not null,
    created_at           timestamp with time zone not null,
    version              bigint not null
);
create unique index account_username_uk on account (username);
create index account_unit_idx on account (unit_id);

create table account_role (
    account_id uuid not null references account (id),
    role       varchar(40) not null,
    unit_id    uuid not null references org_unit (id)
);
create unique index account_role_uk on account_role (account_id, role, unit_id);
create index account_role_unit_idx on account_role (unit_id);

-- API tokens are stored as SHA-256 hashes; the token itself is shown once, when issued.
create table api_token (
    id           uuid primary key,
    account_id   uuid not null references account (id),
    name         varchar(100) not null,
    token_hash   varchar(64) not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);
create unique index api_token_hash_uk on api_token (token_hash);
create index api_token_account_idx on api_token (account_id);
