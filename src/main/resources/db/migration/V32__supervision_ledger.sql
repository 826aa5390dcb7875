-- 督查: the leadership group (领导小组) with its office, and the implementation ledger (落实台账)
-- of the three systems' work plan: tasks with owner unit and person, deadline, progress notes
-- (append-only) and evidence files (kept in the BlobStore, named here by hash). The status
-- 已逾期 is not stored: it follows from the deadline and the day it is read on.
create table supervision_group_member (
    id bigserial primary key,
    group_role varchar(20) not null check (group_role in ('LEADER', 'DEPUTY', 'MEMBER')),
    name varchar(50) not null,
    post varchar(100) not null,
    unit_code varchar(40) not null,
    account varchar(100),
    position int not null
);

create table supervision_group_office (
    id int primary key check (id = 1),
    unit_code varchar(40) not null,
    phone varchar(40) not null,
    duties text not null
);

create table supervision_ledger_task (
    id uuid primary key,
    title varchar(200) not null,
    category varchar(30) not null,
    unit_code varchar(40) not null,
    owner varchar(100) not null,
    deadline date not null,
    created_by varchar(100) not null,
    created_at timestamptz not null,
    completed_on date,
    completed_by varchar(100),
    completion_summary text check (char_length(completion_summary) <= 2000),
    check ((completed_on is null) = (completion_summary is null))
);

create index supervision_ledger_task_deadline on supervision_ledger_task (deadline);

-- Progress notes are never changed or removed: a reopening is a note of its own.
create table supervision_ledger_note (
    id bigserial primary key,
    task_id uuid not null references supervision_ledger_task (id),
    author varchar(100) not null,
    at timestamptz not null,
    text text not null check (char_length(text) <= 2000)
);

create index supervision_ledger_note_task on supervision_ledger_note (task_id, at);

create table supervision_ledger_evidence (
    id bigserial primary key,
    task_id uuid not null references supervision_ledger_task (id),
    file_name varchar(200) not null,
    media_type varchar(100) not null,
    blob_key char(64) not null,
    sm3 char(64) not null,
    size bigint not null check (size > 0),
    added_by varchar(100) not null,
    added_at timestamptz not null
);

create index supervision_ledger_evidence_task on supervision_ledger_evidence (task_id);
