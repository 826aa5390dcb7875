-- 全过程记录 (JL-1): the append-only journal. Each entry is written in the transaction of the change it
-- records; `entry` holds the exact canonical JSON whose leaf hash is H(0x00 || entry) (RFC 9162 §2.1.1),
-- and the other columns repeat its fields for searching. seq is gap-free: appends take an advisory lock.
create table journal_entry (
    seq bigint primary key,
    at timestamptz not null,
    actor varchar(100) not null,
    case_id uuid,
    type varchar(80) not null,
    entry text not null,
    leaf_hash bytea not null
);

create index journal_entry_case on journal_entry (case_id, seq) where case_id is not null;

-- Perfect subtrees of the Merkle tree (level 0 = leaves), written as the tree-head job integrates
-- entries, so any inclusion or consistency proof is O(log n) lookups.
create table journal_node (
    level smallint not null,
    idx bigint not null,
    hash bytea not null,
    primary key (level, idx)
);

-- The public keys that have signed tree heads (SM2 by default); kept so old heads stay verifiable.
create table journal_signing_key (
    id varchar(64) primary key,
    algorithm varchar(40) not null,
    public_key bytea not null,
    created_at timestamptz not null
);

-- Signed tree heads: the log of `tree_size` entries has head `root` (hash `hash_algorithm`), signed.
create table journal_tree_head (
    tree_size bigint primary key,
    root bytea not null,
    hash_algorithm varchar(20) not null,
    at timestamptz not null,
    key_id varchar(64) not null references journal_signing_key (id),
    signature bytea not null
);

-- The hash chosen at installation (SM3 by default, SHA-256 selectable); never changes afterwards.
create table journal_setting (
    name varchar(40) primary key,
    value varchar(200) not null
);

-- Nobody changes history: UPDATE and DELETE are refused for every role. (A superuser can still
-- drop the trigger; verification then finds and names what was changed.)
create function journal_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '全过程记录不可修改或删除（%）', tg_table_name using errcode = 'insufficient_privilege';
end
$$;

create trigger journal_entry_append_only before update or delete on journal_entry
    for each row execute function journal_refuse_change();
create trigger journal_node_append_only before update or delete on journal_node
    for each row execute function journal_refuse_change();
create trigger journal_tree_head_append_only before update or delete on journal_tree_head
    for each row execute function journal_refuse_change();
create trigger journal_signing_key_append_only before update or delete on journal_signing_key
    for each row execute function journal_refuse_change();
create trigger journal_entry_no_truncate before truncate on journal_entry
    for each statement execute function journal_refuse_change();
