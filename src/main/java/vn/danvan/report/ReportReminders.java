package vn.danvan.report;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitDetails;
import vn.danvan.shared.Actor;

/**
 * Reminds the units that have not reported: the configured days before the deadline, on the day and once late (while
 * the schedule is still open). Each reminder is recorded before it goes out — shown in the application to the unit's
 * staff, and e-mailed to the unit's staff with accounts and to its mobilisation leader when SMTP is configured — so
 * a restart or a second run the same day never sends it twice. A day the application was down is caught up by the
 * latest reminder due.
 */
@Service
public class ReportReminders {

    private static final Logger log = LoggerFactory.getLogger(ReportReminders.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ReportDesign design;
    private final ReportingUnits reporting;
    private final OrgStructure org;
    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final Clock clock;
    private final String from;

    ReportReminders(ReportDesign design, ReportingUnits reporting, OrgStructure org, JdbcClient jdbc,
            ObjectProvider<JavaMailSender> mail, MessageSource messages, Clock clock,
            @Value("${danvan.mail.from:danvan@localhost}") String from) {
        this.design = design;
        this.reporting = reporting;
        this.org = org;
        this.jdbc = jdbc;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
        this.from = from;
    }

    /** A reminder as the unit's staff see it in the application. */
    public record Reminder(UUID scheduleId, String scheduleName, String periodKey, UUID unitId, String unitName, String kind,
            LocalDate sentOn) {

        public String messageKey() {
            return "report.reminder." + (kind.startsWith("BEFORE") ? "BEFORE" : kind);
        }
    }

    /** Sends the reminders due today; returns how many went out. Runs every morning. */
    @Scheduled(cron = "${danvan.reports.reminder-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    @Transactional
    public int send() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (ReportSchedule schedule : design.allSchedules()) {
            Set<ReportingPeriod> periods = new LinkedHashSet<>(schedule.periodsIn(today.getYear() - 1));
            periods.addAll(schedule.periodsIn(today.getYear()));
            for (ReportingPeriod period : periods) {
                Optional<String> kind = kindOn(schedule.reminderDays(), schedule.deadline(period), today);
                if (kind.isEmpty()) {
                    continue;
                }
                for (ReportingUnits.Reported r : reporting.reported(schedule, period)) {
                    if (r.report() != null && r.report().counts()) {
                        continue;
                    }
                    if (record(schedule, period, r.unit().id(), kind.get(), today)) {
                        email(schedule, period, r.unit(), kind.get());
                        sent++;
                    }
                }
            }
        }
        return sent;
    }

    /**
     * Which reminder is due on a day: the latest of "N days before", "on the day" and "late" that has come, while the
     * report may still be submitted; none before the first of them or after the window closes.
     */
    static Optional<String> kindOn(List<Integer> daysBefore, Deadline deadline, LocalDate today) {
        if (today.isAfter(deadline.closesAfter())) {
            return Optional.empty();
        }
        if (today.isAfter(deadline.due())) {
            return Optional.of("LATE");
        }
        if (today.isEqual(deadline.due())) {
            return Optional.of("DUE");
        }
        return daysBefore.stream().filter(n -> n > 0 && !today.isBefore(deadline.due().minusDays(n)))
                .min(Integer::compare).map(n -> "BEFORE-" + n);
    }

    /** Records the reminder unless it was already sent; whether it is new. */
    private boolean record(ReportSchedule schedule, ReportingPeriod period, UUID unitId, String kind, LocalDate today) {
        return jdbc.sql("""
                insert into report_reminder (schedule_id, period_key, unit_id, kind, sent_on)
                select :schedule, :period, :unit, :kind, :today where not exists (select 1 from report_reminder
                    where schedule_id = :schedule and period_key = :period and unit_id = :unit and kind = :kind)""")
                .param("schedule", schedule.id()).param("period", period.key()).param("unit", unitId).param("kind", kind)
                .param("today", Date.valueOf(today)).update() == 1;
    }

    private void email(ReportSchedule schedule, ReportingPeriod period, ExpectedUnit unit, String kind) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        List<String> to = recipients(unit.id());
        if (to.isEmpty()) {
            return;
        }
        Deadline deadline = schedule.deadline(period);
        String periodName = messages.getMessage(period.labelKey(), period.labelArgs(), VIETNAMESE);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.toArray(String[]::new));
        message.setSubject(messages.getMessage("report.reminder.subject", new Object[] { schedule.name(), periodName }, VIETNAMESE));
        message.setText(messages.getMessage("report.reminder.body", new Object[] { unit.name(), schedule.name(), periodName,
                deadline.due().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                messages.getMessage("report.reminder." + (kind.startsWith("BEFORE") ? "BEFORE" : kind), null, VIETNAMESE) },
                VIETNAMESE));
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("Reminder e-mail for unit {} could not be sent: {}", unit.id(), e.getMessage());
        }
    }

    /** The unit's staff who have accounts and its current mobilisation leader, by e-mail address. */
    private List<String> recipients(UUID unitId) {
        Set<String> to = new LinkedHashSet<>();
        UnitDetails details = org.details(Actor.system(), unitId);
        details.staff().stream().filter(s -> s.accountId() != null).map(UnitDetails.StaffEntry::email).forEach(to::add);
        UnitDetails.LeaderEntry leader = details.currentLeader();
        if (leader != null) {
            org.staffMember(Actor.system(), leader.staffId()).map(UnitDetails.StaffEntry::email).ifPresent(to::add);
        }
        to.removeIf(address -> address == null || address.isBlank());
        return new ArrayList<>(to);
    }

    /** The reminders of the last month for the units the actor enters reports for, newest first. */
    @Transactional(readOnly = true)
    public List<Reminder> recent(Actor actor) {
        LocalDate since = LocalDate.now(clock).minusDays(31);
        return jdbc.sql("""
                select r.schedule_id, s.name as schedule_name, r.period_key, r.unit_id, u.name as unit_name, u.path, r.kind, r.sent_on
                from report_reminder r join report_schedule s on s.id = r.schedule_id join org_unit u on u.id = r.unit_id
                where r.sent_on >= ? order by r.sent_on desc, u.name""").param(Date.valueOf(since))
                .query((rs, n) -> actor.may(rs.getString("path"), ReportCollection.ENTERING)
                        ? new Reminder(rs.getObject("schedule_id", UUID.class), rs.getString("schedule_name"),
                                rs.getString("period_key"), rs.getObject("unit_id", UUID.class), rs.getString("unit_name"),
                                rs.getString("kind"), rs.getDate("sent_on").toLocalDate())
                        : null)
                .list().stream().filter(java.util.Objects::nonNull).toList();
    }
}
