-- 执法文书 issued on cases and their numbers (文号, RULES.md WS-1, GB/T 9704-2012 7.2.5).

-- One counter per series: agency (统一社会信用代码), 代字 and year. A number is taken by incrementing
-- the row inside the transaction that stores its document, so the row stays locked until that
-- transaction ends: concurrent issues in one series wait for each other (never a duplicate), and a
-- rolled-back issue takes its number back with it (never a gap).
create table documents_series (
    agency_code varchar(40) not null,
    series varchar(40) not null,
    year int not null check (year between 1900 and 2099),
    last_sequence int not null check (last_sequence >= 1),
    primary key (agency_code, series, year)
);

-- A document as issued: the template version it was made from, the stored PDF (its SM3 and the key
-- of the file in the documents' store) and its status. party is the 主送 line, the one name the
-- public verification page shows.
create table documents_document (
    id uuid primary key,
    case_id uuid not null,
    number varchar(80) not null unique,
    template_code varchar(60) not null,
    template_version int not null,
    title varchar(100) not null,
    issuer varchar(200) not null,
    party varchar(300),
    issued_on date not null,
    issued_at timestamptz not null,
    issued_by varchar(100) not null,
    sm3 char(64) not null,
    blob_key char(64) not null,
    size bigint not null,
    pages int not null,
    status varchar(8) not null default '有效' check (status in ('有效', '已撤销', '已变更', '已作废')),
    status_reason text,
    status_changed_at timestamptz,
    status_changed_by varchar(100)
);

create index documents_document_case on documents_document (case_id, issued_at);
create index documents_document_template on documents_document (case_id, template_code);

-- The number register: every number ever taken, with its document, and for a voided one who voided
-- it, when and why. The primary key is the last line of defence against a duplicate; rows are never
-- deleted and a number never moves to another document, so a voided number is never reused.
create table documents_number (
    agency_code varchar(40) not null,
    series varchar(40) not null,
    year int not null,
    sequence int not null check (sequence >= 1),
    number varchar(80) not null unique,
    document_id uuid not null unique references documents_document (id),
    allocated_at timestamptz not null,
    allocated_by varchar(100) not null,
    voided_at timestamptz,
    voided_by varchar(100),
    void_reason text,
    primary key (agency_code, series, year, sequence),
    foreign key (agency_code, series, year) references documents_series (agency_code, series, year),
    check ((voided_at is null) = (void_reason is null) and (voided_at is null) = (voided_by is null))
);

-- A number, once registered, stays: no DELETE, no change of what it names, a void recorded once.
create function documents_number_keep() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception '文号登记不可删除（%）', old.number using errcode = 'insufficient_privilege';
    end if;
    if new.agency_code <> old.agency_code or new.series <> old.series or new.year <> old.year
            or new.sequence <> old.sequence or new.number <> old.number or new.document_id <> old.document_id
            or new.allocated_at <> old.allocated_at or new.allocated_by <> old.allocated_by
            or old.voided_at is not null then
        raise exception '文号登记不可修改（%）', old.number using errcode = 'insufficient_privilege';
    end if;
    return new;
end
$$;

create trigger documents_number_kept before update or delete on documents_number
    for each row execute function documents_number_keep();

-- An issued document is never deleted, and what was issued never changes: only its status moves.
create function documents_document_keep() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception '已签发的文书不可删除（%）', old.number using errcode = 'insufficient_privilege';
    end if;
    if new.id <> old.id or new.case_id <> old.case_id or new.number <> old.number
            or new.template_code <> old.template_code or new.template_version <> old.template_version
            or new.title <> old.title or new.issuer <> old.issuer or new.party is distinct from old.party
            or new.issued_on <> old.issued_on or new.issued_at <> old.issued_at or new.issued_by <> old.issued_by
            or new.sm3 <> old.sm3 or new.blob_key <> old.blob_key or new.size <> old.size or new.pages <> old.pages
            or old.status = '已作废' then
        raise exception '已签发的文书不可修改（%）', old.number using errcode = 'insufficient_privilege';
    end if;
    return new;
end
$$;

create trigger documents_document_kept before update or delete on documents_document
    for each row execute function documents_document_keep();
