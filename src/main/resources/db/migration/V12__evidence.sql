-- 全过程记录 (JL-1, JL-3): audio/video, photos and documents kept as evidence. The content lives in the
-- blob store under its SHA-256 (forced to disk and renamed before the row commits); the row holds the
-- metadata. A deleted item (only after retention_end, JL-6) stays as a tombstone: deleted_at set,
-- blob_key cleared, digests kept so the journal's entries still name what existed.
create table evidence_item (
    id uuid primary key,
    case_id uuid,
    activity varchar(30) not null,
    captured_by varchar(100) not null,
    device varchar(200) not null,
    capture_start timestamptz not null,
    capture_end timestamptz not null,
    location varchar(200),
    description varchar(2000),
    file_name varchar(255) not null,
    media_type varchar(100) not null,
    size bigint not null check (size >= 0),
    sha256 char(64) not null,
    sm3 char(64) not null,
    blob_key char(64),
    retention_end date not null,
    uploaded_by varchar(100) not null,
    uploaded_at timestamptz not null,
    deleted_at timestamptz,
    deleted_by varchar(100),
    check (capture_end >= capture_start),
    check ((deleted_at is null) = (blob_key is not null))
);

create index evidence_item_case on evidence_item (case_id, activity, capture_start) where case_id is not null;
create index evidence_item_blob on evidence_item (blob_key) where blob_key is not null;

-- Resumable uploads in progress (tus 1.0): bytes received so far sit in a partial file named by the id;
-- upload_offset is how many of them are durable, and the two digest states are those after exactly
-- that many bytes, so hashing resumes after a dropped connection or a restart without re-reading.
-- COMPLETING: the digests are final and the file is being moved into the blob store; a row left in
-- that state by a crash is cleaned up at the next start.
create table evidence_upload (
    id uuid primary key,
    state varchar(20) not null check (state in ('RECEIVING', 'COMPLETING')),
    created_by varchar(100) not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    upload_length bigint not null check (upload_length >= 0),
    upload_offset bigint not null,
    sha256_state bytea not null,
    sm3_state bytea not null,
    media_type varchar(100),
    sha256 char(64),
    sm3 char(64),
    case_id uuid,
    activity varchar(30) not null,
    captured_by varchar(100) not null,
    device varchar(200) not null,
    capture_start timestamptz not null,
    capture_end timestamptz not null,
    location varchar(200),
    description varchar(2000),
    file_name varchar(255) not null,
    declared_sha256 char(64),
    declared_sm3 char(64),
    check (upload_offset between 0 and upload_length)
);
