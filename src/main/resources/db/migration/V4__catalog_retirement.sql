-- Retiring a catalog entry (废止/撤销/调离: 权责清单动态调整, an officer leaving, units merged) is one
-- more version marked retired, never a deletion: the versions before it stay readable for the dates
-- they were in force (a case started earlier keeps its item version), and re-publishing later is an
-- ordinary new version. A retirement row repeats the content of the version it ends.
alter table catalog_version add column retired boolean not null default false;
