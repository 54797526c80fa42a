-- How often each office holder must receive citizens in person, versioned by the date the rule took effect
-- (VIETNAM.md §2.3): a number of days per week or per month.
create table reception_frequency (
    office          varchar(40) not null,
    effective_from  date not null,
    days            int not null,
    per             varchar(10) not null,
    law             varchar(300) not null,
    source          varchar(1000) not null,
    verified        boolean not null,
    primary key (office, effective_from)
);

-- A reception session of a leader on a day: planned, then held (with the citizens who came) or missed.
create table reception_session (
    id           uuid primary key,
    unit_id      uuid not null references org_unit (id),
    leader_name  varchar(255) not null,
    office       varchar(40) not null,
    planned_on   date not null,
    place        varchar(300),
    status       varchar(20) not null,
    note         varchar(2000),
    created_at   timestamp with time zone not null,
    version      bigint not null
);
create index reception_session_unit_idx on reception_session (unit_id, planned_on);

-- A citizen received at a session and what was raised; the identity is encrypted like a petitioner's.
create table reception_visit (
    session_id    uuid not null references reception_session (id),
    seq           int not null,
    identity_enc  varchar(4000) not null,
    raised        varchar(4000) not null,
    petition_id   uuid references petition_case (id),
    primary key (session_id, seq)
);

insert into reception_frequency values
('PROVINCE_CHAIRMAN', date '2014-07-01', 1, 'MONTH', 'Luật Tiếp công dân 42/2013/QH13, Điều 12 khoản 5',
 'https://thoidai.com.vn/chu-tich-pho-chu-tich-ubnd-thanh-pho-ha-noi-tiep-cong-dan-vao-ngay-nao-128200.html', true),
('DISTRICT_CHAIRMAN', date '2014-07-01', 2, 'MONTH', 'Luật Tiếp công dân 42/2013/QH13, Điều 13 khoản 5',
 'https://thoidai.com.vn/chu-tich-pho-chu-tich-ubnd-thanh-pho-ha-noi-tiep-cong-dan-vao-ngay-nao-128200.html', true),
('COMMUNE_CHAIRMAN', date '2014-07-01', 1, 'WEEK', 'Luật Tiếp công dân 42/2013/QH13, Điều 15 khoản 2',
 'https://thuvienphapluat.vn/hoi-dap-phap-luat/555F5-hd-chu-tich-uy-ban-nhan-dan-cap-xa-tiep-cong-dan-truc-tiep-may-lan-trong-mot-thang.html', true),
('COMMUNE_CHAIRMAN', date '2026-07-01', 2, 'MONTH', 'Luật 136/2025/QH15 sửa đổi Luật Tiếp công dân',
 'https://news.laodong.vn/thoi-su/thanh-tra-chinh-phu-tra-loi-ve-viec-tiep-cong-dan-cua-chu-tich-ubnd-cap-xa-1639445.ldo', true),
('AGENCY_HEAD', date '2014-07-01', 1, 'MONTH', 'Luật Tiếp công dân 42/2013/QH13, Điều 18; Nghị định 64/2014/NĐ-CP, Điều 4',
 'https://thoidai.com.vn/chu-tich-pho-chu-tich-ubnd-thanh-pho-ha-noi-tiep-cong-dan-vao-ngay-nao-128200.html', true),
('PROVINCE_PARTY_SECRETARY', date '2019-02-18', 1, 'MONTH', 'Quy định 11-QĐi/TW ngày 18/02/2019; Kết luận 215-KL/TW ngày 23/11/2025',
 'https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thoi-su-phap-luat/chinh-sach-moi/22971/nguoi-dung-dau-cap-uy-cap-tinh-tiep-cong-dan-it-nhat-01-ngay-thang', true),
('COMMUNE_PARTY_SECRETARY', date '2019-02-18', 2, 'MONTH', 'Quy định 11-QĐi/TW ngày 18/02/2019; Kết luận 215-KL/TW ngày 23/11/2025',
 'https://nld.com.vn/nguoi-dung-dau-cap-uy-cap-xa-tiep-dan-it-nhat-2-ngay-trong-1-thang-196251128154421048.htm', true);
