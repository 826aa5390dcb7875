-- 事后公开: one publication per licensing decision (GS-3), carrying the 双公示 行政许可 fields (GS-7).
-- ID numbers are never stored here: casework keeps them, and nothing public shows them (GS-5, GS-7).
-- content and remarks hold the masked public text.
create table disclosure_publication (
    id uuid primary key,
    case_id uuid not null,
    case_number varchar(40) not null,
    -- what raised it, e.g. CaseDecided or LicenceChanged:撤销:2026-06-01; one publication per decision
    source varchar(120) not null,
    action varchar(10) not null check (action in ('准予许可', '不予许可', '变更', '延续', '撤回', '撤销', '注销')),
    item_code varchar(60) not null,
    item_name varchar(200) not null,
    party_name varchar(200) not null,
    party_category varchar(20) not null check (party_category in ('法人及非法人组织', '自然人', '个体工商户')),
    party_credit_code varchar(18),
    legal_representative varchar(100),
    document_title varchar(100),
    document_number varchar(60),
    licence_category varchar(10) not null check (licence_category in ('普通', '特许', '认可', '核准', '登记', '其他')),
    certificate_name varchar(100),
    certificate_number varchar(100),
    content text not null,
    decided_on date not null,
    valid_from date,
    valid_to date,
    authority varchar(200) not null,
    authority_code varchar(18) not null,
    current_status varchar(4) not null check (current_status in ('有效', '无效')),
    source_unit varchar(200) not null,
    source_unit_code varchar(18) not null,
    remarks text,
    status varchar(20) not null check (status in ('PENDING', 'AWAITING_APPROVAL', 'PUBLISHED', 'WITHDRAWN', 'HELD_BACK')),
    due_on date not null,
    published_at timestamptz,
    published_by varchar(100),
    disclosure_until date,
    held_back_reason text,
    withdrawn_at timestamptz,
    withdrawal_reason text,
    withdrawal_due_on date,
    journal_seq bigint,
    created_at timestamptz not null,
    unique (case_id, source),
    check (status not in ('PUBLISHED', 'WITHDRAWN') or published_at is not null),
    check (status <> 'WITHDRAWN' or (withdrawn_at is not null and withdrawal_reason is not null)),
    check (status <> 'HELD_BACK' or held_back_reason is not null),
    check (valid_to is null or valid_from is null or valid_to >= valid_from)
);

create index disclosure_publication_public on disclosure_publication (decided_on desc, id)
    where status in ('PUBLISHED', 'WITHDRAWN');
create index disclosure_publication_case on disclosure_publication (case_id);
create index disclosure_publication_open on disclosure_publication (due_on) where status in ('PENDING', 'AWAITING_APPROVAL');

-- The public history of a notice: published, corrected, withdrawn — each with its public note (GS-4).
-- Rows are only ever added.
create table disclosure_publication_history (
    id bigserial primary key,
    publication_id uuid not null references disclosure_publication (id),
    at timestamptz not null,
    actor varchar(100) not null,
    change varchar(20) not null,
    note text,
    public boolean not null default true
);

create index disclosure_publication_history_of on disclosure_publication_history (publication_id, id);

create function disclosure_publication_history_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'disclosure_publication_history rows are never changed or deleted';
end $$;

create trigger disclosure_publication_history_append_only before update or delete on disclosure_publication_history
    for each row execute function disclosure_publication_history_append_only();
