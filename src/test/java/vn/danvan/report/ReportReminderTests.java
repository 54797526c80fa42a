package vn.danvan.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.danvan.org.StaffDetails;
import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=39251" })
class ReportReminderTests extends ReportFixture {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(39251, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    ReportReminders reminders;

    @Test
    void remindsUnitsThatHaveNotReportedByMailAndInTheApplicationOnceOnly() throws Exception {
        setUpDepartment(10);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        UUID late = division("Phòng chưa gửi");
        UUID punctual = division("Phòng đã gửi");
        UUID clerkStaff = orgManagement.addStaff(SYSTEM, late, new StaffDetails("Nguyễn Văn Chuyên", "Chuyên viên",
                "chuyenvien@phong.example", null));
        Actor clerk = actor(Role.SPECIALIST, late);
        orgManagement.linkAccount(SYSTEM, clerkStaff, clerk.accountId());
        UUID leaderStaff = orgManagement.addStaff(SYSTEM, late, new StaffDetails("Trần Thị Lãnh", "Trưởng phòng",
                "lanhdao@phong.example", null));
        orgManagement.designateLeader(SYSTEM, late, leaderStaff, today.minusYears(1));
        orgManagement.addStaff(SYSTEM, late, new StaffDetails("Lê Văn Khác", "Nhân viên", "khongtaikhoan@phong.example", null));
        UUID schedule = design.planSchedule(officer, new NewSchedule("Báo cáo chuyên đề", templateId, office, null, null,
                List.of(late, punctual), PeriodType.AD_HOC, 0, 1, today.minusDays(30), today.minusDays(1), today.plusDays(3), 10,
                List.of(3, 7), 0, null));
        Actor other = actor(Role.SPECIALIST, punctual);
        UUID sent = collection.open(other, schedule, "ADHOC", punctual);
        long v = collection.save(other, sent, 0, Map.of("MEMBERS", "10", "TAKING_PART", "5"), Map.of());
        collection.submit(other, sent, v);

        reminders.send();
        List<MimeMessage> mails = mailsTo("@phong.example");
        assertThat(mails).hasSize(1);
        assertThat(recipients(mails.get(0))).containsExactlyInAnyOrder("chuyenvien@phong.example", "lanhdao@phong.example");
        assertThat(mails.get(0).getSubject()).contains("Báo cáo chuyên đề");
        assertThat(reminders.recent(clerk)).extracting(ReportReminders.Reminder::unitId, ReportReminders.Reminder::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(late, "BEFORE-3"));
        assertThat(reminders.recent(other)).isEmpty();

        reminders.send();
        assertThat(mailsTo("@phong.example")).hasSize(1);
    }

    @Test
    void picksTheLatestReminderThatHasComeWhileTheWindowIsOpen() {
        Deadline deadline = new Deadline(LocalDate.of(2026, 6, 1), 5);
        List<Integer> days = List.of(7, 3);
        assertThat(ReportReminders.kindOn(days, deadline, LocalDate.of(2026, 5, 24))).isEmpty();
        assertThat(ReportReminders.kindOn(days, deadline, LocalDate.of(2026, 5, 25))).contains("BEFORE-7");
        assertThat(ReportReminders.kindOn(days, deadline, LocalDate.of(2026, 5, 30))).contains("BEFORE-3");
        assertThat(ReportReminders.kindOn(days, deadline, LocalDate.of(2026, 6, 1))).contains("DUE");
        assertThat(ReportReminders.kindOn(days, deadline, LocalDate.of(2026, 6, 6))).contains("LATE");
        assertThat(ReportReminders.kindOn(days, deadline, LocalDate.of(2026, 6, 7))).isEqualTo(Optional.empty());
    }

    private static List<MimeMessage> mailsTo(String domain) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (recipients(m).stream().anyMatch(a -> a.endsWith(domain)) && !found.stream().anyMatch(f -> same(f, m))) {
                found.add(m);
            }
        }
        return found;
    }

    /** GreenMail keeps one copy per recipient; the copies of one mail share their Message-ID. */
    private static boolean same(MimeMessage a, MimeMessage b) {
        try {
            return a.getMessageID().equals(b.getMessageID());
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static List<String> recipients(MimeMessage m) throws Exception {
        Address[] to = m.getAllRecipients();
        return to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList();
    }
}
