-- 免于音像记录 (JL-5): a 负责人 approved, with a reason (device fault, secrets, privacy, emergency), that one
-- activity of a case has no audio/video recording. Append-only: an approval is never edited.
create table evidence_exemption (
    id uuid primary key,
    case_id uuid not null,
    activity varchar(40) not null,
    reason varchar(500) not null,
    approved_by varchar(100) not null,
    approved_at timestamptz not null
);

create index evidence_exemption_case on evidence_exemption (case_id, activity);
