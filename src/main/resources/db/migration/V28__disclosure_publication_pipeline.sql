-- The publication pipeline's settings and what V25's table lacks for it (GS-3, GS-4, GS-5, GS-6).

-- One row per agency (执法主体, by 统一社会信用代码); no row means the defaults below.
create table disclosure_publication_setting (
    agency_code varchar(18) primary key,
    -- false: one approval by a 负责人 publishes (the default); true: a sweep publishes what is complete
    auto_publish boolean not null default false,
    -- 不予许可 of a natural person: published only when the agency says so (GS-3 against GS-5)
    publish_person_refusals boolean not null default false,
    -- GS-6 disclosure periods, our choice: a grant stays while valid plus this many years
    grant_years_after_validity int not null default 1 check (grant_years_after_validity between 0 and 10),
    -- a grant without an end of validity: this many years after the decision
    grant_years_without_validity int not null default 5 check (grant_years_without_validity between 1 and 30),
    refusal_years int not null default 1 check (refusal_years between 0 and 10),
    withdrawn_years int not null default 3 check (withdrawn_years between 0 and 10),
    updated_at timestamptz not null,
    updated_by varchar(100) not null
);

alter table disclosure_publication
    -- the decision's document template (licence-grant, revocation-decision, ...); null when none is issued
    add column document_template varchar(60),
    -- a withdrawal the later decision asks for, with its public explanation, until it is done (GS-4)
    add column withdrawal_pending text,
    add column withdrawn_by varchar(100),
    add column held_back_by varchar(100),
    add column held_back_at timestamptz;

create index disclosure_publication_withdrawal_due on disclosure_publication (withdrawal_due_on)
    where withdrawal_pending is not null;
