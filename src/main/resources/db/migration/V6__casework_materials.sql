-- 申请材料 received for a licensing case (行政许可法 第三十一条、第三十二条): a file kept in the blob store under
-- its SHA-256 (written and forced to disk before this row is inserted), or a paper original checked at the
-- window (paper = true, no file). material_name is the name of the catalog material it satisfies; stage says
-- whether it came with the application or with a correction (补正).
create table casework_material (
    id uuid primary key,
    case_id uuid not null references casework_case (id),
    material_name varchar(200) not null,
    stage varchar(20) not null check (stage in ('APPLICATION', 'CORRECTION')),
    file_name varchar(255),
    content_type varchar(100),
    size bigint,
    sha256 char(64),
    sm3 char(64),
    paper boolean not null,
    received_at timestamptz not null,
    received_by varchar(100) not null,
    check ((paper and sha256 is null and size is null)
        or (not paper and sha256 is not null and sm3 is not null and size is not null and file_name is not null
            and content_type is not null))
);

create index casework_material_case on casework_material (case_id, received_at);
