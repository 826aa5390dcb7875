-- Two or more application nodes on one database (issue 11 item 4).

-- Spring Session JDBC (schema-postgresql.sql of spring-session-jdbc 4.0): the login survives
-- a switch of node behind the balancer. spring.session.jdbc.initialize-schema=never: only
-- this migration creates them.
create table spring_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval int not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- ShedLock: one row per scheduled job; the node that holds it until lock_until runs the
-- job. Times are the database's (JdbcTemplateLockProvider.usingDbTime), so node clocks
-- may differ.
create table shedlock (
    name varchar(64) not null primary key,
    lock_until timestamp not null,
    locked_at timestamp not null,
    locked_by varchar(255) not null
);

-- Which node ran which job when: one row per run that got the lock (kept 30 days).
create table scheduled_job_run (
    id bigserial primary key,
    job varchar(64) not null,
    node varchar(255) not null,
    at timestamptz not null default clock_timestamp()
);

create index scheduled_job_run_at on scheduled_job_run (at);

-- The last journal verification, whichever node ran it, so every node's health and metrics
-- report the same result. One row.
create table journal_verification_last (
    id smallint primary key default 1 check (id = 1),
    verified_entries bigint not null,
    verified_tree_heads bigint not null,
    first_mismatch bigint,
    detail text not null,
    finished_at timestamptz not null
);

-- When a publication last changed: every node's search index polls for rows changed since
-- its last look (a change committed on another node raises no event here).
alter table disclosure_publication add column changed_at timestamptz not null default clock_timestamp();

create function disclosure_publication_touch() returns trigger language plpgsql as $$
begin
    new.changed_at := clock_timestamp();
    return new;
end;
$$;

create trigger disclosure_publication_touch before insert or update on disclosure_publication
    for each row execute function disclosure_publication_touch();

create index disclosure_publication_changed on disclosure_publication (changed_at);
