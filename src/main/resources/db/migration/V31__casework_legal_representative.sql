-- 法定代表人 of an organisation applicant (行政许可法 第二十九条; 双公示 XK_FRDB, GS-7): the name only, optional.
-- Its ID number (XK_FR_ZJHM) is not collected: it would never be displayed (GS-5, GS-7).
alter table casework_case add column applicant_legal_representative varchar(100);
