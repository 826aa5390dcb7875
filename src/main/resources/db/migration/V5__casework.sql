-- 行政许可办件: one row per case with the whole case as JSON (the pure core's LicensingCase), the
-- columns that are searched or shown without reading it, and the revision for optimistic locking.
create table casework_number (
    year int primary key,
    last int not null
);

create table casework_case (
    id uuid primary key,
    number varchar(40) not null unique,
    query_code_hash varchar(64) not null,
    item_code varchar(40) not null,
    item_version int not null,
    applicant_kind varchar(20) not null,
    applicant_name varchar(200) not null,
    applicant_id_number varchar(18),
    applicant_credit_code varchar(18),
    contact_name varchar(100) not null,
    contact_phone varchar(40) not null,
    contact_address varchar(300),
    state varchar(40) not null,
    received_on date not null,
    revision int not null,
    content jsonb not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);

create index casework_case_state on casework_case (state);

-- Every transition's event (全过程记录, JL-1); seq is the case revision the event produced.
create table casework_event (
    case_id uuid not null references casework_case (id),
    seq int not null,
    type varchar(60) not null,
    payload jsonb not null,
    actor varchar(100) not null,
    at timestamptz not null,
    primary key (case_id, seq)
);
