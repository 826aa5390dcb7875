-- 督查 alerts (提醒): the alerts themselves are not stored. They are computed on each read from
-- the other modules' current state (open cases, unpublished decisions, certificates, legal reviews,
-- rectifications), so they can never disagree with it. Stored here is only what belongs to this
-- module: who has read which alert, who wants the daily e-mail digest at which address, the
-- digest's time of day, and which digest went to whom on which day (sent once per user and day,
-- across restarts and nodes).

-- An alert key names the alert and the due date it is about (e.g. DECISION_OVERDUE:<case>:<due>),
-- so a moved deadline is a new, unread alert.
create table supervision_alert_read (
    username varchar(100) not null,
    alert_key varchar(200) not null,
    read_at timestamptz not null,
    primary key (username, alert_key)
);

create table supervision_alert_subscription (
    username varchar(100) primary key,
    email varchar(254),
    opted_in boolean not null default false,
    updated_by varchar(100) not null,
    updated_at timestamptz not null,
    check (not opted_in or email is not null)
);

create table supervision_alert_settings (
    id int primary key check (id = 1),
    digest_time time not null,
    updated_by varchar(100) not null,
    updated_at timestamptz not null
);

insert into supervision_alert_settings (id, digest_time, updated_by, updated_at)
values (1, '08:00', 'system', now());

-- One row per user and day once a digest was claimed: SENT after the server took it, FAILED (retried
-- on the next run) when it did not; SENDING while a run holds it.
create table supervision_alert_digest (
    username varchar(100) not null,
    digest_day date not null,
    status varchar(10) not null check (status in ('SENDING', 'SENT', 'FAILED')),
    email varchar(254) not null,
    alert_count int not null,
    attempts int not null,
    claimed_at timestamptz not null,
    sent_at timestamptz,
    error varchar(500),
    primary key (username, digest_day)
);
