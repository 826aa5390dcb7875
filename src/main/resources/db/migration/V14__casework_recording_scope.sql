-- 全程音像记录 (JL-4): the officer found that the case's on-site acts directly affect personal liberty, life
-- and health, or major property, so its site checks, hearings and deliveries on site are recorded in full,
-- without a gap. The case JSON holds the reason (fullRecording); the column lets supervision find these cases
-- without reading it.
alter table casework_case add column full_recording boolean not null default false;

update casework_case set full_recording = true where content ->> 'fullRecording' is not null;

create index casework_case_full_recording on casework_case (received_on) where full_recording;
