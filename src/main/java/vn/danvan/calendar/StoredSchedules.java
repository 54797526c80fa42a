package vn.danvan.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.danvan.shared.calendar.NamedDay;
import vn.danvan.shared.calendar.OfficialSchedule;
import vn.danvan.shared.calendar.OfficialSchedules;

/**
 * The official schedules as stored in {@code calendar_schedule}; read once per year by the working calendar, which is
 * told to forget a year when its schedule changes.
 */
@Component
class StoredSchedules implements OfficialSchedules {

    private final JdbcClient jdbc;

    StoredSchedules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<OfficialSchedule> forYear(int year) {
        boolean announced = jdbc.sql("select count(*) from calendar_schedule where year = ?").param(year)
                .query(Integer.class).single() > 0;
        if (!announced) {
            return Optional.empty();
        }
        List<NamedDay> off = new ArrayList<>();
        List<NamedDay> working = new ArrayList<>();
        jdbc.sql("select day, kind, name from calendar_schedule_day where year = ? order by day").param(year)
                .query((rs, n) -> {
                    NamedDay day = new NamedDay(rs.getObject("day", LocalDate.class), rs.getString("name"));
                    (ScheduleLine.Kind.valueOf(rs.getString("kind")) == ScheduleLine.Kind.OFF ? off : working).add(day);
                    return day;
                }).list();
        return Optional.of(new OfficialSchedule(year, off, working));
    }
}
