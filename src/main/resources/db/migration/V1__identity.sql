-- Staff identity: users, their roles and units, lockout state, and the access record
-- (logins, logouts, failed attempts, permission changes).

create table identity_user (
  id              bigint generated always as identity primary key,
  username        text        not null check (username ~ '^[A-Za-z][A-Za-z0-9._-]{1,31}$'),
  display_name    text        not null check (length(display_name) between 1 and 50),
  password_hash   text        not null,
  enabled         boolean     not null default true,
  unit_code       text        not null check (length(unit_code) between 1 and 32),
  failed_attempts integer     not null default 0 check (failed_attempts >= 0),
  locked_until    timestamptz,
  created_at      timestamptz not null,
  updated_at      timestamptz not null
);

-- Usernames are unique regardless of case: "Admin" and "admin" are the same person.
create unique index identity_user_username_key on identity_user (lower(username));

create table identity_user_role (
  user_id bigint not null references identity_user (id) on delete cascade,
  role    text   not null check (role in ('CLERK', 'OFFICER', 'REVIEWER', 'DIRECTOR', 'SUPERVISOR', 'ADMIN')),
  primary key (user_id, role)
);

-- Append-only record of access: who tried to sign in from where and what happened, and who changed
-- whose permissions. Usernames are kept as typed (also unknown ones), never as a foreign key, so the
-- record survives any later change to the user table.
create table identity_access_event (
  id             bigint generated always as identity primary key,
  occurred_at    timestamptz not null,
  kind           text        not null,
  username       text        not null,
  actor          text,
  remote_address text,
  outcome        text        not null,
  reason         text,
  locked_until   timestamptz,
  detail         text
);

create index identity_access_event_username_idx on identity_access_event (lower(username), occurred_at desc);
create index identity_access_event_time_idx on identity_access_event (occurred_at desc);

create or replace function identity_access_event_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'identity_access_event is append-only';
end;
$$;

create trigger identity_access_event_no_change
  before update or delete on identity_access_event
  for each row execute function identity_access_event_append_only();
