-- The 法制审核意见书 becomes an issued document (RULES.md WS-1, WS-2): its 文号 now comes from the
-- documents' register instead of the review's own counter.

-- One series without a duplicate: the register's series 新发改法审 (and any other 法审 series the reviews
-- numbered) continues after the highest number a review was given, per agency and year. The numbers given
-- before stay on their reviews, which remain readable as they were.
insert into documents_series (agency_code, series, year, last_sequence)
select agency_code, parts[1], parts[2]::int, max(parts[3]::int)
from (
    select r.agency_code, regexp_match(n.number #>> '{}', '^(.+)〔([0-9]{4})〕([0-9]+)号$') as parts
    from review_legal_review r
    cross join lateral jsonb_path_query(r.content, '$.rounds[*].opinion.number') as n(number)
) numbered
where parts is not null
group by agency_code, parts[1], parts[2]
on conflict (agency_code, series, year)
    do update set last_sequence = greatest(documents_series.last_sequence, excluded.last_sequence);

drop table review_opinion_number;

-- The review module fills the review-opinion template, whose fields changed with it. Where the template
-- is still only the standard version written at start-up and no document was issued from it, that
-- version goes, and the next start writes the new standard one as version 1. A template an
-- administrator edited, or one documents were issued from, stays: it keeps every version (WS-2).
do $$
begin
    if (select count(*) from documents_template_version where code = 'review-opinion') = 1
            and exists (select 1 from documents_template_version
                        where code = 'review-opinion' and version = 1 and created_by = 'system')
            and not exists (select 1 from documents_document where template_code = 'review-opinion') then
        alter table documents_template_version disable trigger documents_template_version_append_only;
        delete from documents_template_version where code = 'review-opinion';
        alter table documents_template_version enable trigger documents_template_version_append_only;
        delete from documents_template where code = 'review-opinion';
    end if;
end
$$;
