-- 行政检查 with 双随机、一公开: the registers (检查对象名录, 回避申报), plans, their draws and the
-- inspections carried out. The inspector pool is not stored: it is the catalog's officers
-- certified on the day of the draw, recorded with each draw as a public input.

-- 检查对象名录: market entities the agency supervises, one row per agency and credit code.
create table inspection_target (
    agency_code varchar(18) not null,
    credit_code varchar(18) not null,
    name varchar(200) not null,
    -- 法人及非法人组织 / 个体工商户 (a natural person's name is masked when published, GS-5)
    category varchar(20) not null check (category in ('法人及非法人组织', '个体工商户')),
    legal_representative varchar(100),
    address varchar(300) not null,
    -- 所在区域 (乡镇/街道), for the plan's filter
    area varchar(100) not null,
    industry varchar(100) not null,
    -- licences held that this platform did not grant: [{"name", "number", "issuer", "validTo"}]
    licences jsonb not null default '[]'::jsonb,
    active boolean not null default true,
    updated_by varchar(100) not null,
    updated_at timestamptz not null,
    primary key (agency_code, credit_code)
);

-- 回避申报: an officer who must not inspect a target (亲属关系、利害关系、曾为其办理许可…).
create table inspection_conflict (
    id uuid primary key,
    agency_code varchar(18) not null,
    credit_code varchar(18) not null,
    officer_id varchar(40) not null,
    reason varchar(300) not null,
    declared_by varchar(100) not null,
    declared_at timestamptz not null,
    withdrawn_at timestamptz,
    withdrawn_by varchar(100),
    foreign key (agency_code, credit_code) references inspection_target (agency_code, credit_code)
);

create unique index inspection_conflict_open on inspection_conflict (agency_code, credit_code, officer_id)
    where withdrawn_at is null;

create table inspection_number (
    year int primary key,
    last int not null
);

-- 抽查计划: announced with its draw time; drawn once, or cancelled (and then replaced by a new plan).
create table inspection_plan (
    id uuid primary key,
    -- e.g. CC-2026-0001
    number varchar(40) not null unique,
    agency_code varchar(18) not null,
    title varchar(200) not null,
    -- items of the 随机抽查事项清单 checked: ["<item code>", ...]
    item_codes jsonb not null,
    -- which targets are eligible: {"areas": [...], "industries": [...], "licensedItems": [...]}; empty lists match all
    target_filter jsonb not null,
    sample_size int check (sample_size >= 1),
    sample_percent numeric(5, 2) check (sample_percent > 0 and sample_percent <= 100),
    inspectors_per_target int not null check (inspectors_per_target >= 2),
    -- units whose certified officers form the pool; empty = the whole agency
    inspector_units jsonb not null default '[]'::jsonb,
    period_start date not null,
    period_end date not null,
    draw_at timestamptz not null,
    -- ANNOUNCED (公布待抽取) → DRAWN (已抽取) → CANCELLED (已作废, stays visible)
    status varchar(20) not null check (status in ('ANNOUNCED', 'DRAWN', 'CANCELLED')),
    -- the cancelled plan this one replaces, if any
    replaces uuid references inspection_plan (id),
    created_by varchar(100) not null,
    created_at timestamptz not null,
    cancelled_by varchar(100),
    cancelled_at timestamptz,
    cancel_reason varchar(500),
    check (period_end >= period_start),
    check ((sample_size is null) <> (sample_percent is null))
);

create index inspection_plan_due on inspection_plan (draw_at) where status = 'ANNOUNCED';

-- 抽取: one per plan at most (no redraw without a new plan), with every public input.
create table inspection_draw (
    plan_id uuid primary key references inspection_plan (id),
    algorithm varchar(40) not null,
    draw_at timestamptz not null,
    tree_size bigint not null,
    tree_root varchar(128) not null,
    tree_head_at timestamptz not null,
    tree_key_id varchar(100) not null,
    tree_signature text not null,
    seed varchar(64) not null,
    -- the eligible targets' credit codes, sorted, and the pool's officer ids, sorted
    population jsonb not null,
    pool jsonb not null,
    sample_size int not null,
    drawn_at timestamptz not null
);

-- the draw's result: the targets in draw order, each with its inspectors (officer ids)
create table inspection_assignment (
    id uuid primary key,
    plan_id uuid not null references inspection_draw (plan_id),
    position int not null,
    credit_code varchar(18) not null,
    target_name varchar(200) not null,
    inspector_ids jsonb not null,
    unique (plan_id, position),
    unique (plan_id, credit_code)
);

-- inspectors set aside for a drawn target, and why (回避)
create table inspection_exclusion (
    plan_id uuid not null references inspection_draw (plan_id),
    credit_code varchar(18) not null,
    officer_id varchar(40) not null,
    reason varchar(300) not null,
    primary key (plan_id, credit_code, officer_id)
);

-- 检查记录: one per assignment, by the drawn inspectors, with the audio/video of the visit
-- held by the evidence module under the assignment's id (activity 随机抽查).
create table inspection_record (
    assignment_id uuid primary key references inspection_assignment (id),
    inspected_on date not null,
    -- the inspectors present and the certificate numbers they showed (亮证)
    inspectors jsonb not null,
    location varchar(300),
    findings text not null,
    result varchar(20) not null check (result in ('未发现问题', '责令整改', '移送立案', '其他')),
    follow_up text,
    rectify_by date,
    recorded_by varchar(100) not null,
    recorded_at timestamptz not null
);
