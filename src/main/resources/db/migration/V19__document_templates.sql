-- 执法文书 templates (RULES.md WS-2): one row per template, in the order of the standard set, naming its
-- current version; one row per version, never changed once written, so every issued document can be
-- read again with exactly the template it was made from. Fields and layout as JSON (see TemplateJson).
create table documents_template (
    code varchar(60) primary key,
    position int not null,
    current_version int not null,
    created_at timestamptz not null
);

create table documents_template_version (
    code varchar(60) not null references documents_template (code),
    version int not null,
    title varchar(100) not null,
    series varchar(40) not null,
    remedies_required boolean not null,
    basis text,
    fields jsonb not null,
    layout jsonb not null,
    created_by varchar(100) not null,
    created_at timestamptz not null,
    change_note text not null,
    primary key (code, version)
);

-- A new version is a new row: a saved version is never edited or removed.
create function documents_template_version_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '文书模板的已保存版本不可修改或删除，请保存为新版本' using errcode = 'insufficient_privilege';
end
$$;

create trigger documents_template_version_append_only before update or delete on documents_template_version
    for each row execute function documents_template_version_refuse_change();
