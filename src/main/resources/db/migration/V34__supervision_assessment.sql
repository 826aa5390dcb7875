-- 绩效考核: versioned scoring schemes per agency (weights on the indicators, the findings of
-- 督查 and the ledger's completion, summing to exactly 100) and the commendations (表彰奖励)
-- and accountability measures (问责) with their reasons and what they rest on. Scores are not
-- stored: they are computed from the records whenever they are read; a record keeps the
-- score it was decided on.
create table supervision_assessment_scheme (
    id uuid primary key,
    agency_code varchar(40) not null,
    version int not null check (version > 0),
    effective_from date not null,
    finding_points numeric(5, 2) not null check (finding_points between 0 and 100),
    overdue_points numeric(5, 2) not null check (overdue_points between 0 and 100),
    excellent_from numeric(5, 2) not null check (excellent_from between 0 and 100),
    good_from numeric(5, 2) not null check (good_from between 0 and 100),
    pass_from numeric(5, 2) not null check (pass_from between 0 and 100),
    note text check (char_length(note) <= 2000),
    adopted_by varchar(100) not null,
    adopted_at timestamptz not null,
    unique (agency_code, version),
    check (excellent_from > good_from and good_from > pass_from)
);

create table supervision_assessment_weight (
    scheme_id uuid not null references supervision_assessment_scheme (id),
    component varchar(40) not null,
    weight numeric(5, 2) not null check (weight between 0 and 100),
    position int not null,
    primary key (scheme_id, component)
);

create table supervision_assessment_record (
    id uuid primary key,
    agency_code varchar(40) not null,
    unit_code varchar(40) not null,
    kind varchar(20) not null check (kind in ('COMMENDATION', 'ACCOUNTABILITY')),
    measure varchar(30) not null,
    year int not null check (year between 2000 and 2100),
    quarter int check (quarter between 1 and 4),
    reason text not null check (char_length(reason) between 1 and 2000),
    score numeric(5, 2) check (score between 0 and 100),
    scheme_version int,
    grade varchar(10),
    decided_by varchar(100) not null,
    decided_at timestamptz not null,
    check ((score is null) = (scheme_version is null))
);

create index supervision_assessment_record_unit on supervision_assessment_record (agency_code, year, unit_code);

create table supervision_assessment_record_finding (
    record_id uuid not null references supervision_assessment_record (id),
    finding_id uuid not null,
    check_id uuid not null,
    description varchar(500) not null,
    primary key (record_id, finding_id)
);
