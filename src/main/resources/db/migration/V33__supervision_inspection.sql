-- 督查 (SupervisionCheck): scheduled (定期) and ad-hoc (不定期) checks of a unit's closed cases.
-- The sample is drawn from the decided cases of the unit's items in the check's period,
-- ordered by case number, with the recorded seed: anyone can draw it again and compare
-- (population_digest = SHA-256 of the ordered case numbers, one per line). Each sampled
-- case gets a checklist pre-filled from the records (prefilled, prefill_basis) and
-- confirmed or overridden by the inspector (verdict, note). Findings open a ledger task of
-- the category 督查整改, closed there with evidence.
create table supervision_check (
    id uuid primary key,
    title varchar(200) not null,
    kind varchar(10) not null check (kind in ('PERIODIC', 'ADHOC')),
    agency_code varchar(40) not null,
    unit_code varchar(40) not null,
    period_from date not null,
    period_to date not null,
    scheduled_on date not null,
    sample_size int not null check (sample_size between 1 and 50),
    created_by varchar(100) not null,
    created_at timestamptz not null,
    seed bigint,
    population int,
    population_digest char(64),
    sampled_at timestamptz,
    sampled_by varchar(100),
    completed_on date,
    completed_by varchar(100),
    conclusion text check (char_length(conclusion) <= 2000),
    check (period_to >= period_from),
    check ((seed is null) = (sampled_at is null)),
    check ((seed is null) = (population is null)),
    check (completed_on is null or sampled_at is not null),
    check ((completed_on is null) = (conclusion is null))
);

create index supervision_check_unit on supervision_check (unit_code, scheduled_on);

create table supervision_check_case (
    check_id uuid not null references supervision_check (id),
    case_id uuid not null,
    position int not null,
    case_number varchar(60) not null,
    item_name varchar(200) not null,
    decided_on date not null,
    confirmed_at timestamptz,
    confirmed_by varchar(100),
    primary key (check_id, case_id),
    unique (check_id, position)
);

create table supervision_check_item (
    check_id uuid not null,
    case_id uuid not null,
    item varchar(20) not null check (item in ('PUBLICATION', 'RECORDING', 'REVIEW', 'DOCUMENTS', 'DEADLINE')),
    prefilled varchar(15) not null check (prefilled in ('PASS', 'FAIL', 'NOT_APPLICABLE')),
    prefill_basis text not null,
    verdict varchar(15) check (verdict in ('PASS', 'FAIL', 'NOT_APPLICABLE')),
    note text check (char_length(note) <= 500),
    primary key (check_id, case_id, item),
    foreign key (check_id, case_id) references supervision_check_case (check_id, case_id)
);

create table supervision_finding (
    id uuid primary key,
    check_id uuid not null references supervision_check (id),
    case_id uuid,
    item varchar(20),
    unit_code varchar(40) not null,
    description text not null check (char_length(description) <= 2000),
    found_on date not null,
    rectification_due date not null,
    owner varchar(100) not null,
    ledger_task_id uuid not null references supervision_ledger_task (id),
    recorded_by varchar(100) not null,
    recorded_at timestamptz not null
);

create index supervision_finding_check on supervision_finding (check_id);
create index supervision_finding_found on supervision_finding (found_on);
