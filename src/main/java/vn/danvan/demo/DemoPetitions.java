package vn.danvan.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitSummary;
import vn.danvan.petition.Channel;
import vn.danvan.petition.DialogueDesk;
import vn.danvan.petition.NewPetition;
import vn.danvan.petition.Outcome;
import vn.danvan.petition.PetitionDesk;
import vn.danvan.petition.PetitionFilter;
import vn.danvan.petition.PetitionKind;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.petition.PetitionerDetails;
import vn.danvan.petition.ReceptionDesk;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Paging;

/**
 * Citizens' matters at the People's Committee of Đồng Nai: a land complaint received just before Tết 2026 and
 * resolved on time, a recommendation left past its processing deadline, a confidential denunciation under
 * verification, a dialogue with the households of Xã Trị An whose commitments are kept or overdue, and the provincial
 * chairman's reception days.
 */
@Component
@Order(35)
class DemoPetitions implements ApplicationRunner {

    private final DemoData demoData;
    private final OrgStructure structure;
    private final PetitionDesk desk;
    private final PetitionQueries queries;
    private final DialogueDesk dialogues;
    private final ReceptionDesk reception;
    private final Actor system = Actor.system();

    DemoPetitions(DemoData demoData, OrgStructure structure, PetitionDesk desk, PetitionQueries queries,
            DialogueDesk dialogues, ReceptionDesk reception) {
        this.demoData = demoData;
        this.structure = structure;
        this.desk = desk;
        this.queries = queries;
        this.dialogues = dialogues;
        this.reception = reception;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!demoData.enabled() || structure.findByCode("DNI-UBND").isEmpty()) {
            return;
        }
        UUID ubnd = id("DNI-UBND");
        if (queries.list(system, new PetitionFilter(null, null, null, ubnd, false), Paging.of(0, 1)).total() > 0) {
            return;
        }
        UUID trian = id("DNI-TRIAN");

        UUID tet = desk.register(system, new NewPetition(ubnd, Channel.IN_PERSON, PetitionKind.COMPLAINT,
                LocalDate.of(2026, 2, 6), "Khiếu nại quyết định thu hồi đất dự án đường ven sông",
                "Gia đình tôi khiếu nại Quyết định thu hồi 320 m² đất nông nghiệp tại ấp 3, xã Trị An vì giá bồi thường "
                        + "thấp hơn giá thị trường và chưa tính cây trồng trên đất.",
                false, false, false, List.of(new PetitionerDetails("Nguyễn Văn Bình", "075088001234",
                        "Ấp 3, xã Trị An, tỉnh Đồng Nai", "0912345678")))).id();
        desk.accept(system, tet, LocalDate.of(2026, 2, 10), "12/TB-UBND");
        desk.assign(system, tet, "thanhtra.dongnai");
        desk.recordVerification(system, tet, "Đo đạc lại diện tích và kiểm đếm cây trồng tại thực địa",
                LocalDate.of(2026, 2, 26));
        desk.conclude(system, tet, Outcome.PARTLY_RIGHT, "245/QĐ-UBND", LocalDate.of(2026, 3, 10),
                "Khiếu nại đúng một phần: bổ sung bồi thường cây trồng, giữ nguyên đơn giá đất.");

        desk.register(system, new NewPetition(ubnd, Channel.POST, PetitionKind.RECOMMENDATION, LocalDate.of(2026, 10, 15),
                "Kiến nghị sửa chữa cầu tạm qua kênh Bà Lúa",
                "Cầu tạm qua kênh Bà Lúa đã xuống cấp, học sinh đi lại nguy hiểm; đề nghị sớm sửa chữa trước mùa mưa.",
                false, false, false, List.of(new PetitionerDetails("Trần Thị Hoa", null, "Tổ 7, phường Trấn Biên", null),
                        new PetitionerDetails("Lê Văn Mười", null, "Tổ 7, phường Trấn Biên", null))));

        UUID denunciation = desk.register(system, new NewPetition(ubnd, Channel.POST, PetitionKind.DENUNCIATION,
                LocalDate.of(2026, 11, 2), "Tố cáo cán bộ địa chính nhận tiền khi làm hồ sơ",
                "Tôi tố cáo cán bộ địa chính xã yêu cầu nộp thêm tiền ngoài quy định khi làm hồ sơ cấp giấy chứng nhận "
                        + "quyền sử dụng đất; có ghi âm kèm theo.",
                false, false, true, List.of(new PetitionerDetails("Phạm Thị Lan", "075190005678",
                        "Khu phố 2, phường Long Khánh", "0987654321")))).id();
        desk.accept(system, denunciation, LocalDate.of(2026, 11, 6), "31/QĐ-UBND");
        desk.assign(system, denunciation, "thanhtra.dongnai");

        UUID dialogue = dialogues.plan(system, ubnd, "Đối thoại với các hộ dân bị ảnh hưởng dự án đường ven sông",
                "Hội trường UBND xã Trị An", LocalDate.of(2026, 9, 15));
        dialogues.hold(system, dialogue, LocalDate.of(2026, 9, 15), "Phó Chủ tịch UBND tỉnh",
                "Đại diện 38 hộ dân ấp 3; Sở Nông nghiệp và Môi trường; UBND xã Trị An; Mặt trận Tổ quốc xã",
                "Các hộ dân nêu ý kiến về đơn giá bồi thường, tiến độ chi trả và nơi tái định cư.");
        dialogues.raise(system, dialogue, "Ông Nguyễn Văn Bình", "Khi nào chi trả phần bồi thường cây trồng bổ sung?",
                "UBND xã chi trả trước ngày 15/10/2026.");
        dialogues.raise(system, dialogue, "Bà Võ Thị Năm", "Đường tạm cho xe vào khu tái định cư khi nào làm?",
                "Giao UBND xã Trị An làm đường tạm trước ngày 31/10/2026.");
        int paid = dialogues.commit(system, dialogue, "Chi trả bồi thường cây trồng bổ sung cho 38 hộ", trian,
                LocalDate.of(2026, 10, 15));
        dialogues.commit(system, dialogue, "Làm đường tạm vào khu tái định cư", trian, LocalDate.of(2026, 10, 31));
        dialogues.fulfil(system, dialogue, paid, "Danh sách ký nhận tiền của 38 hộ ngày 12/10/2026",
                LocalDate.of(2026, 10, 12));
        dialogues.confirm(system, dialogue, paid, true, "Đại diện các hộ xác nhận đã nhận đủ");
        dialogues.publish(system, dialogue);

        reception.schedule(system, ubnd, "Võ Tấn Đức", "PROVINCE_CHAIRMAN", YearMonth.of(2026, 10),
                "Trụ sở Tiếp công dân tỉnh");
        reception.schedule(system, ubnd, "Võ Tấn Đức", "PROVINCE_CHAIRMAN", YearMonth.of(2026, 11),
                "Trụ sở Tiếp công dân tỉnh");
        reception.schedule(system, trian, "Lê Minh Hải", "COMMUNE_CHAIRMAN", YearMonth.of(2026, 10), "UBND xã Trị An");
        UUID october = reception.month(system, YearMonth.of(2026, 10)).stream()
                .filter(s -> s.leaderName().equals("Võ Tấn Đức")).findFirst().orElseThrow().id();
        reception.receive(system, october, "Đặng Văn Tám", null, "Ấp 1, xã Trị An",
                "Đề nghị cấp lại giấy chứng nhận quyền sử dụng đất bị thất lạc do ngập lụt");
    }

    private UUID id(String code) {
        return structure.findByCode(code).map(UnitSummary::id).orElseThrow();
    }
}
