-- 不予延续 (行政许可法 第五十条, XK-50) is a licensing decision with its own document (不予延续行政许可决定书)
-- and is published like 不予许可 (GS-3). V25 declared the action check inline: its name is PostgreSQL's default.
alter table disclosure_publication drop constraint disclosure_publication_action_check;
alter table disclosure_publication add constraint disclosure_publication_action_check
    check (action in ('准予许可', '不予许可', '变更', '延续', '不予延续', '撤回', '撤销', '注销'));
