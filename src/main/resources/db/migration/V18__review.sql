-- 法制审核 (RULES.md SH-1 … SH-7): one row per review of a proposed major decision, the whole review as
-- JSON (rounds, opinions, assignments, collective discussion) beside the columns searched on, and the
-- revision for optimistic locking. ordinal counts the reviews of a case: the latest decides the gate.
create table review_legal_review (
    id uuid primary key,
    case_id uuid not null,
    ordinal int not null,
    case_number varchar(40) not null,
    agency_code varchar(40) not null,
    item_code varchar(40) not null,
    action varchar(40) not null,
    status varchar(30) not null,
    reviewer varchar(100) not null,
    submitted_by varchar(100) not null,
    due_on date,
    revision int not null,
    content jsonb not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    unique (case_id, ordinal)
);

-- One running review per case at a time: a second package waits until the first passed or failed.
create unique index review_legal_review_open on review_legal_review (case_id)
    where status in ('UNDER_REVIEW', 'RETURNED', 'AWAITING_AMENDMENT', 'AWAITING_CONFIRMATION');
create index review_legal_review_reviewer on review_legal_review (reviewer, status);

-- 法制审核意见书 numbers, gapless per agency and year: the row is locked by the increment until the
-- conclusion commits, and a rolled-back conclusion takes its number with it.
create table review_opinion_number (
    agency_code varchar(40) not null,
    year int not null,
    last int not null,
    primary key (agency_code, year)
);

-- Every major decision made (准予/不予 of a major case, 撤回, 撤销), with the review that cleared it, for
-- the coverage supervision reads (must be 100%).
create table review_decision (
    id bigint generated always as identity primary key,
    case_id uuid not null,
    event_type varchar(40) not null,
    decision varchar(40) not null,
    decided_on date not null,
    review_id uuid references review_legal_review (id),
    opinion_number varchar(60),
    recorded_at timestamptz not null
);

create index review_decision_decided_on on review_decision (decided_on);
