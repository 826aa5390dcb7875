-- 事前公示 master data (catalog module). Every change is a new row in catalog_version; nothing is
-- updated in place, so the version in force on any date can be read back (a case applies the item
-- version in force on its date).

create table catalog_entry (
    kind        varchar(20)  not null,
    key         varchar(64)  not null,
    created_at  timestamptz  not null,
    primary key (kind, key)
);

create table catalog_version (
    id              bigserial    primary key,
    kind            varchar(20)  not null,
    key             varchar(64)  not null,
    version         integer      not null check (version > 0),
    effective_from  date         not null,
    reason          varchar(500) not null,
    changed_by      varchar(100) not null,
    recorded_at     timestamptz  not null,
    -- displayName() of the content, so the change history needs no JSON parsing
    name            varchar(200) not null,
    -- RULES ID-1: why a credit code failing the GB 32100 checksum was accepted (agency only)
    credit_code_override varchar(500),
    content         jsonb        not null,
    unique (kind, key, version),
    foreign key (kind, key) references catalog_entry (kind, key)
);

-- "current" = latest effective_from <= today, ties broken by version
create index catalog_version_current on catalog_version (kind, key, effective_from desc, version desc);
create index catalog_version_recorded on catalog_version (recorded_at desc, id desc);

-- A 行政执法证 number belongs to one officer for good (whatever later versions say).
create table catalog_certificate (
    number      varchar(64)  primary key,
    officer_id  varchar(64)  not null
);

-- 示范文本 for required materials (行政许可法 第三十条), content-addressed by SHA-256.
create table catalog_sample (
    id            char(64)     primary key,
    file_name     varchar(200) not null,
    content_type  varchar(100) not null,
    size          integer      not null,
    content       bytea        not null,
    stored_at     timestamptz  not null
);
