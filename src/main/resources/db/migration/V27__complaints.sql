-- 投诉举报 (complaints and reports). The query code is stored only as a hash; the complainant's
-- contact is kept only when they did not ask to stay anonymous. A complaint that names an officer is
-- routed to the supervision queue (督查) and never shown to that officer's account.
create table complaints_complaint (
    id uuid primary key,
    number varchar(20) not null unique,
    kind varchar(20) not null check (kind in ('COMPLAINT', 'REPORT')),
    unit_code varchar(40) not null,
    officer_id varchar(40),
    officer_name varchar(100),
    officer_account varchar(100),
    certificate_no varchar(64),
    case_number varchar(40),
    content text not null check (char_length(content) <= 2000),
    contact_name varchar(50),
    contact_phone varchar(20),
    anonymous boolean not null,
    queue varchar(20) not null check (queue in ('DIRECTOR', 'SUPERVISION')),
    status varchar(20) not null check (status in ('RECEIVED', 'IN_PROGRESS', 'REPLIED', 'CLOSED')),
    query_code_hash char(64) not null,
    received_at timestamptz not null,
    received_on date not null,
    deadline date not null,
    handler varchar(100),
    reply text,
    replied_by varchar(100),
    replied_at timestamptz,
    replied_on date,
    closed_at timestamptz,
    check ((queue = 'SUPERVISION') = (officer_id is not null)),
    check (not anonymous or (contact_name is null and contact_phone is null))
);

create index complaints_complaint_received_on on complaints_complaint (received_on);
create index complaints_complaint_open on complaints_complaint (deadline) where status in ('RECEIVED', 'IN_PROGRESS');

create table complaints_note (
    id bigserial primary key,
    complaint_id uuid not null references complaints_complaint (id),
    author varchar(100) not null,
    at timestamptz not null,
    text text not null check (char_length(text) <= 2000)
);

create index complaints_note_complaint on complaints_note (complaint_id, at);

-- Tracking numbers TS-yyyyMMdd-nnnn, gap-free per day: the counter row is incremented in the
-- transaction that stores the complaint, so a rolled-back submission gives its number back.
create table complaints_counter (
    day date primary key,
    last int not null
);

-- The challenges answered: each may be used once until it expires.
create table complaints_challenge_used (
    nonce varchar(40) primary key,
    expires_at timestamptz not null
);
