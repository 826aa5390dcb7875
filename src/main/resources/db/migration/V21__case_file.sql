-- 归档 (archive): the case is read only from then on and its file is kept until retain_until (保管期限,
-- sanxiang.archive.retention-years after the day of archiving); null while the case is open.
alter table casework_case add column retain_until date;

-- 电子案卷: one per archived case. The archive's transaction queues it (PENDING) after checking that it
-- can be assembled; it is then assembled outside that transaction, and the PDF, its SM3 and page count
-- commit together with its journal entry (CaseFileAssembled). A row left PENDING by a crash is assembled
-- by the next sweep, or when someone asks for the file.
create table documents_case_file (
    case_id uuid primary key,
    status varchar(20) not null check (status in ('PENDING', 'ASSEMBLED')),
    queued_at timestamptz not null,
    assembled_at timestamptz,
    pdf bytea,
    sm3 char(64),
    pages int,
    documents int,
    evidence int,
    check ((status = 'ASSEMBLED') = (pdf is not null and sm3 is not null and pages is not null))
);

create index documents_case_file_pending on documents_case_file (queued_at) where status = 'PENDING';
