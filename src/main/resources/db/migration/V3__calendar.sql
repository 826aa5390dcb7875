-- 工作日历 (calendar module): national holidays and 调休 working days per the State Council's
-- yearly notices (RULES.md T-1, T-3). Rows are loaded from classpath:calendar/holidays.csv on
-- start for every year not yet present, then maintained by administrators.

-- A year is "loaded" once its row exists here; computations touching any other year are refused.
create table calendar_year (
    year       integer primary key check (year between 1949 and 2200),
    source     varchar(200) not null,
    loaded_at  timestamptz  not null,
    loaded_by  varchar(100) not null
);

-- Only special days are stored: a HOLIDAY (放假, also weekend days inside a holiday block) or a
-- WORKDAY (调休上班, always a Saturday or Sunday). Other weekdays work, other weekends rest.
create table calendar_day (
    day   date        primary key,
    year  integer     not null references calendar_year (year),
    kind  varchar(10) not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name  varchar(50) not null,
    check (year = extract(year from day)),
    check (kind <> 'WORKDAY' or extract(isodow from day) in (6, 7))
);

create index calendar_day_year on calendar_day (year);

-- Every change: who, when, what (before/after as readable text; a whole-year load keeps its CSV).
create table calendar_change (
    id          bigserial    primary key,
    changed_at  timestamptz  not null,
    changed_by  varchar(100) not null,
    action      varchar(20)  not null check (action in ('ADD', 'CHANGE', 'REMOVE', 'LOAD_YEAR', 'REPLACE_YEAR')),
    year        integer      not null,
    day         date,
    before_text text,
    after_text  text
);

create index calendar_change_changed_at on calendar_change (changed_at desc);
