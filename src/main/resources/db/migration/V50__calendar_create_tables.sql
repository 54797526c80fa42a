-- The official holiday schedule of a year (Prime Minister / Ministry of Home Affairs), replacing the computed holidays.
create table calendar_schedule (
    year        int primary key,
    note        varchar(500),
    updated_by  varchar(100) not null,
    updated_at  timestamp with time zone not null
);

-- The days of an official schedule: days off (OFF) and weekend days made working days (WORKING, ngày làm bù).
create table calendar_schedule_day (
    year  int not null references calendar_schedule (year) on delete cascade,
    day   date not null,
    kind  varchar(10) not null,
    name  varchar(200) not null,
    primary key (day)
);
create index calendar_schedule_day_year_idx on calendar_schedule_day (year);
