-- 一公开: the public text of each recorded inspection's result. RULES.md GS-3 (国办发〔2018〕118号:
-- other enforcement decisions within 20 working days) and 企业信息公示暂行条例 第六条、第七条 (抽查检查结果
-- published within 20 working days of their making) set due_on; the text is masked (GS-5) when it
-- is made, so nothing here needs masking again on the way out.
create table inspection_publication (
    -- one per inspection record
    assignment_id uuid primary key references inspection_record (assignment_id),
    plan_id uuid not null references inspection_plan (id),
    plan_number varchar(40) not null,
    agency_code varchar(18) not null,
    credit_code varchar(18) not null,
    -- the target's name as published (a 个体工商户's shop name stays as it is)
    target_name varchar(200) not null,
    target_category varchar(20) not null,
    -- 法定代表人 / 经营者 as published: a 个体工商户's operator is a natural person, masked (GS-5)
    legal_representative varchar(100),
    -- the items checked as published: [{"code", "name"}, ...]
    items jsonb not null,
    -- the drawn inspectors as published (GS-1: name and certificate number are public)
    inspectors jsonb not null,
    inspected_on date not null,
    result varchar(20) not null check (result in ('未发现问题', '责令整改', '移送立案', '其他')),
    findings text not null,
    follow_up text,
    rectify_by date,
    due_on date not null,
    created_at timestamptz not null,
    published_at timestamptz,
    published_by varchar(100),
    corrected_at timestamptz,
    withdrawn_at timestamptz,
    withdrawn_by varchar(100),
    withdrawal_reason varchar(500),
    check ((withdrawn_at is null) = (withdrawal_reason is null)),
    check (withdrawn_at is null or published_at is not null)
);

create index inspection_publication_published on inspection_publication (published_at desc)
    where published_at is not null;
create index inspection_publication_plan on inspection_publication (plan_id);

-- what happened to a publication, every line public (公示, 更正, 撤回 with the public reason)
create table inspection_publication_history (
    id bigint generated always as identity primary key,
    assignment_id uuid not null references inspection_publication (assignment_id),
    at timestamptz not null,
    change varchar(20) not null,
    actor varchar(100) not null,
    note varchar(500)
);

create index inspection_publication_history_of on inspection_publication_history (assignment_id, id);
