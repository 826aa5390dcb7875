-- Push outbox to the provincial supervision platform (双公示 归集, GS-7): one row per public change of a
-- publication, written in the transaction of that change, so a change is never lost and never sent
-- before it commits. The body is the 信用中国 行政许可 record (XK_* columns) exactly as it is POSTed.
create table disclosure_outbox (
    id bigserial primary key,
    publication_id uuid not null,
    -- 1, 2, 3, … per publication: the n-th public state of the record that was queued
    change_seq integer not null,
    -- <publication id>:<change_seq>, sent as the Idempotency-Key header on every attempt
    idempotency_key varchar(80) not null unique,
    body text not null,
    status varchar(8) not null check (status in ('PENDING', 'SENT', 'DEAD')),
    attempts integer not null default 0,
    created_at timestamptz not null,
    next_attempt_at timestamptz not null,
    last_attempt_at timestamptz,
    sent_at timestamptz,
    last_error text,
    unique (publication_id, change_seq),
    check (status <> 'SENT' or sent_at is not null)
);

-- The sender's queue: due rows, claimed with FOR UPDATE SKIP LOCKED.
create index disclosure_outbox_due on disclosure_outbox (next_attempt_at) where status = 'PENDING';
create index disclosure_outbox_dead on disclosure_outbox (id) where status = 'DEAD';
