-- 岗位信息公示牌 (window boards, 事中公示): each service window of the 政务服务中心 with the unit that staffs
-- it, its consultation phone, duties and the catalog items handled there, and the officers on duty.
-- Officers, units and items are catalog keys: the board reads names and certificates from the catalog
-- in force today, so a renewed or revoked certificate shows on the board without editing it.
create table disclosure_window (
    code varchar(40) primary key,
    name varchar(100) not null,
    location varchar(200) not null,
    unit_code varchar(40) not null,
    phone varchar(40) not null default '',
    duties text not null default '',
    sort_order int not null default 0,
    updated_at timestamptz not null,
    updated_by varchar(100) not null
);

create table disclosure_window_item (
    window_code varchar(40) not null references disclosure_window (code) on delete cascade,
    item_code varchar(40) not null,
    sort_order int not null,
    primary key (window_code, item_code)
);

-- photo_key names the photo in the content-addressed blob store (JPEG or PNG, at most 2 MB).
create table disclosure_window_staff (
    window_code varchar(40) not null references disclosure_window (code) on delete cascade,
    officer_id varchar(40) not null,
    post varchar(100) not null,
    on_duty boolean not null default true,
    sort_order int not null default 0,
    photo_key char(64),
    photo_type varchar(20) check (photo_type in ('image/jpeg', 'image/png')),
    primary key (window_code, officer_id),
    check ((photo_key is null) = (photo_type is null))
);
