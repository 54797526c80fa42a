-- A national synthetic reporting load for bench/report.sh, set-based (generate_series), on a Danvan database whose
-- schema Flyway has created: 34 provinces with their bodies, departments, divisions and communes (12,818 units), one
-- template of 60 data elements, a monthly national schedule for all of them over 20 periods (2025-01 … 2026-08) with
-- about 98 % of the reports submitted (a few late) — about 15 million values — and a second schedule in which
-- 100 divisions of one province sent reports with their narrative sections, for the consolidated report.
\set ON_ERROR_STOP on
\timing on

create temp table bench_level (parent_code varchar(50), code varchar(50), name varchar(255), short_name varchar(50),
    kind varchar(40));

-- Inserts the rows of bench_level under their parents, paths from the sequence numbers, then empties it.
create or replace function pg_temp.bench_place() returns void language sql as $$
    insert into org_unit (id, seq, code, name, name_folded, short_name, kind, parent_id, path, depth, created_at, version)
    select gen_random_uuid(), x.s, x.code, x.name, lower(x.code), x.short_name, x.kind, p.id, p.path || x.s || '/',
           p.depth + 1, now(), 0
    from (select l.*, nextval('org_unit_seq') as s from bench_level l order by l.code) x
    join org_unit p on p.code = x.parent_code;
    delete from bench_level;
$$;

update org_unit set code = 'RB-NATION' where parent_id is null and kind = 'NATION'
    and not exists (select 1 from org_unit where code = 'RB-NATION');

insert into bench_level
select 'RB-NATION', 'RB-P' || p, 'Tỉnh Thử Nghiệm ' || p, null, 'PROVINCE' from generate_series(1, 34) p;
select pg_temp.bench_place();

insert into bench_level
select 'RB-P' || p, 'RB-P' || p || b.suffix, b.name || ' tỉnh ' || p, b.short_name, b.kind
from generate_series(1, 34) p,
     (values ('-TU', 'Tỉnh ủy', 'TU', 'PARTY_COMMITTEE'), ('-HDND', 'Hội đồng nhân dân', 'HĐND', 'PEOPLES_COUNCIL'),
             ('-MTTQ', 'Ủy ban MTTQ Việt Nam', 'MTTQ', 'FATHERLAND_FRONT'), ('-UBND', 'Ủy ban nhân dân', 'UBND', 'PEOPLES_COMMITTEE'))
         as b (suffix, name, short_name, kind)
union all
select 'RB-P' || p, 'RB-P' || p || '-C' || c, case when c % 4 = 0 then 'Phường ' else 'Xã ' end || 'Số ' || (c + 1) || ' tỉnh ' || p,
       null, 'COMMUNE'
from generate_series(1, 34) p, generate_series(0, 96) c;
select pg_temp.bench_place();

insert into bench_level
select 'RB-P' || p || '-TU', 'RB-P' || p || '-BDV', 'Ban Tuyên giáo và Dân vận Tỉnh ủy ' || p, 'BTGDVTU', 'PARTY_BOARD'
from generate_series(1, 34) p
union all
select 'RB-P' || p || '-UBND', 'RB-P' || p || '-D' || d, 'Sở số ' || (d + 1) || ' tỉnh ' || p, 'S' || d, 'DEPARTMENT'
from generate_series(1, 34) p, generate_series(0, 19) d
union all
select 'RB-P' || p || '-C' || c, 'RB-P' || p || '-C' || c || '-U', 'UBND xã số ' || (c + 1), 'UBND', 'PEOPLES_COMMITTEE'
from generate_series(1, 34) p, generate_series(0, 96, 4) c
union all
select 'RB-P' || p || '-C' || c, 'RB-P' || p || '-C' || c || '-DU', 'Đảng ủy xã số ' || (c + 1), 'ĐU', 'PARTY_COMMITTEE'
from generate_series(1, 34) p, generate_series(0, 96, 2) c;
select pg_temp.bench_place();

insert into bench_level
select 'RB-P' || p || '-D' || d, 'RB-P' || p || '-D' || d || '-VP', 'Văn phòng Sở số ' || (d + 1), 'VP', 'OFFICE'
from generate_series(1, 34) p, generate_series(0, 19) d
union all
select 'RB-P' || p || '-D' || d, 'RB-P' || p || '-D' || d || '-V' || v, 'Phòng nghiệp vụ ' || (v + 1) || ' Sở số ' || (d + 1)
       || ' tỉnh ' || p, 'P' || v, 'DIVISION'
from generate_series(1, 34) p, generate_series(0, 19) d, generate_series(0, 7) v;
select pg_temp.bench_place();

insert into org_unit_placement (unit_id, parent_id, valid_from, valid_to)
select id, parent_id, null, null from org_unit where code like 'RB-P%';

-- The template: 60 elements (every tenth an average), the five narrative sections, one indicator and one rule.
insert into report_template (id, owner_unit_id, name, created_at, version)
select '00000000-0000-0000-0000-0000000000a1', id, 'Báo cáo công tác dân vận (thử tải)', now(), 0
from org_unit where code = 'RB-NATION';
insert into report_element (template_id, ord, code, name, measure, aggregation, disaggregation)
select '00000000-0000-0000-0000-0000000000a1', e - 1, 'E' || lpad(e::text, 2, '0'), 'Chỉ số số ' || e,
       case when e % 10 = 0 then '%' else 'lượt' end, case when e % 10 = 0 then 'AVERAGE' else 'SUM' end, 'NONE'
from generate_series(1, 60) e;
insert into report_section (template_id, ord, code, heading)
values ('00000000-0000-0000-0000-0000000000a1', 0, 'RESULTS', 'Kết quả đạt được'),
       ('00000000-0000-0000-0000-0000000000a1', 1, 'LIMITS', 'Hạn chế, khó khăn'),
       ('00000000-0000-0000-0000-0000000000a1', 2, 'CAUSES', 'Nguyên nhân'),
       ('00000000-0000-0000-0000-0000000000a1', 3, 'NEXT', 'Phương hướng, nhiệm vụ'),
       ('00000000-0000-0000-0000-0000000000a1', 4, 'PROPOSALS', 'Đề xuất, kiến nghị');
insert into report_indicator (template_id, ord, code, name, numerator, denominator, factor, plan_target_id)
values ('00000000-0000-0000-0000-0000000000a1', 0, 'I1', 'Tỷ lệ tham gia', 'E02', 'E01', 100, null);
insert into report_rule (template_id, ord, left_element, comparison, right_element)
values ('00000000-0000-0000-0000-0000000000a1', 0, 'E02', 'LE', 'E01');

-- The national schedule: every unit under the nation, monthly, due on the 20th of the month after.
insert into report_schedule (id, name, template_id, coordinating_unit_id, root_unit_id, unit_kinds, period_type,
    deadline_month_offset, deadline_day, grace_days, reminder_days, first_year, created_at, version)
select '00000000-0000-0000-0000-0000000000b1', 'Báo cáo tháng toàn quốc (thử tải)', '00000000-0000-0000-0000-0000000000a1',
       id, id, 'COMMUNE,DEPARTMENT,DIVISION,FATHERLAND_FRONT,OFFICE,PARTY_BOARD,PARTY_COMMITTEE,PEOPLES_COMMITTEE,PEOPLES_COUNCIL,PROVINCE',
       'MONTHLY', 1, 20, 30, '3,0', 2025, now(), 0
from org_unit where code = 'RB-NATION';

create temp table bench_period as
select to_char(make_date(2025, 1, 1) + make_interval(months => m), 'YYYY-MM') as period_key,
       (make_date(2025, 1, 1) + make_interval(months => m + 1))::date + 19 as due
from generate_series(0, 19) m;

-- 2 % never report; of the rest 3 % are late; one in ten reports has been approved.
insert into report_submission (id, schedule_id, period_key, unit_id, status, created_at, updated_at, updated_by,
    first_submitted_at, submitted_at, decided_at, decided_by, comment_text, version)
select gen_random_uuid(), '00000000-0000-0000-0000-0000000000b1', p.period_key, u.id,
       case when r < 0.1 then 'APPROVED' else 'SUBMITTED' end, t, t, 'bench', t, t, null, null, null, 1
from bench_period p
cross join lateral (select id, random() as r from org_unit where code like 'RB-P%') u
cross join lateral (select (p.due - case when u.r < 0.97 then 3 else -2 end)::timestamp with time zone as t) x
where u.r < 0.98;

-- The indexes are built once after the load, not row by row.
alter table report_value drop constraint report_value_pkey;
drop index report_value_period_idx;
insert into report_value (submission_id, element_code, category, value, schedule_id, period_key)
select s.id, 'E' || lpad(e::text, 2, '0'), '', case when e = 2 then floor(random() * 50) else floor(random() * 100) + 50 end,
       s.schedule_id, s.period_key
from report_submission s, generate_series(1, 60) e
where s.schedule_id = '00000000-0000-0000-0000-0000000000b1';
alter table report_value add primary key (submission_id, element_code, category);
create index report_value_period_idx on report_value (schedule_id, period_key, element_code, category, submission_id, value);

-- The schedule for the consolidated report: 100 divisions of province 1, each with figures and five passages.
insert into report_schedule (id, name, template_id, coordinating_unit_id, root_unit_id, unit_kinds, period_type,
    deadline_month_offset, deadline_day, grace_days, reminder_days, first_year, created_at, version)
select '00000000-0000-0000-0000-0000000000b2', 'Báo cáo tháng của các phòng (thử tải)', '00000000-0000-0000-0000-0000000000a1',
       id, null, null, 'MONTHLY', 1, 20, 30, '3,0', 2025, now(), 0
from org_unit where code = 'RB-P1-UBND';
insert into report_schedule_unit (schedule_id, unit_id)
select '00000000-0000-0000-0000-0000000000b2', id from org_unit where code like 'RB-P1-D%-V%' order by code limit 100;
insert into report_submission (id, schedule_id, period_key, unit_id, status, created_at, updated_at, updated_by,
    first_submitted_at, submitted_at, version)
select gen_random_uuid(), schedule_id, '2026-08', unit_id, 'SUBMITTED', now(), now(), 'bench', '2026-09-15', '2026-09-15', 1
from report_schedule_unit where schedule_id = '00000000-0000-0000-0000-0000000000b2';
insert into report_value (submission_id, element_code, category, value, schedule_id, period_key)
select s.id, 'E' || lpad(e::text, 2, '0'), '', case when e = 2 then floor(random() * 50) else floor(random() * 100) + 50 end,
       s.schedule_id, s.period_key
from report_submission s, generate_series(1, 60) e where s.schedule_id = '00000000-0000-0000-0000-0000000000b2';
insert into report_narrative (submission_id, section_code, body)
select s.id, c.code, 'Trong kỳ, đơn vị đã ' || c.what || ' theo kế hoạch; tổ chức ' || (1 + floor(random() * 9)) ||
       ' hội nghị quán triệt, tuyên truyền đến cán bộ, công chức và Nhân dân trên địa bàn. '
       || repeat('Nội dung chi tiết được trình bày trong phụ lục kèm theo. ', 4)
from report_submission s,
     (values ('RESULTS', 'triển khai thực hiện công tác dân vận chính quyền'), ('LIMITS', 'gặp một số khó khăn khi triển khai'),
             ('CAUSES', 'xác định nguyên nhân chủ quan và khách quan'), ('NEXT', 'đề ra phương hướng, nhiệm vụ kỳ tới'),
             ('PROPOSALS', 'đề xuất, kiến nghị với cấp trên')) as c (code, what)
where s.schedule_id = '00000000-0000-0000-0000-0000000000b2';

vacuum analyze org_unit;
vacuum analyze report_submission;
vacuum analyze report_value;
select (select count(*) from org_unit) as units, (select count(*) from report_submission) as submissions,
       (select count(*) from report_value) as "values";
