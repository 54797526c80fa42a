package vn.danvan.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.danvan.emulation.CouncilDesk;
import vn.danvan.emulation.CriteriaSet;
import vn.danvan.emulation.Figure;
import vn.danvan.emulation.MovementDesk;
import vn.danvan.emulation.MovementDetails;
import vn.danvan.emulation.NewCriteriaSet;
import vn.danvan.emulation.NewModel;
import vn.danvan.emulation.NewScorecardTemplate;
import vn.danvan.emulation.Phases;
import vn.danvan.emulation.Recognition;
import vn.danvan.emulation.Score;
import vn.danvan.emulation.ScorecardDesk;
import vn.danvan.identity.AccountAdministration;
import vn.danvan.identity.RoleGrant;
import vn.danvan.org.OrgStructure;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Paging;
import vn.danvan.shared.Role;

/**
 * The 2026 "Dân vận khéo" movement of Đồng Nai, launched by the Ban Dân vận Tỉnh ủy: its criteria, a council of three
 * (Ban Dân vận, Mặt trận, Sở Nội vụ), four models — one recognised with the provincial Bằng khen and published, one
 * recognised with a Giấy khen and replicated by a ward, one still being scored, one exemplar being implemented — and
 * Sở Nội vụ's 2026 "dân vận chính quyền" scorecard with the results of Sở Tư pháp and Phường Trấn Biên. Accounts:
 * council members hoidong.mttq and hoidong.snv (with thidua.dongnai), and vanhoa.longkhanh of Phường Long Khánh.
 */
@Component
@Order(33)
class DemoEmulation implements ApplicationRunner {

    static final String MOVEMENT = "Phong trào thi đua “Dân vận khéo” tỉnh Đồng Nai năm 2026";
    private static final int YEAR = 2026;
    private static final LocalDate DECIDED = LocalDate.of(YEAR, 10, 14);

    private final DemoData demoData;
    private final OrgStructure org;
    private final AccountAdministration accounts;
    private final MovementDesk desk;
    private final CouncilDesk council;
    private final ScorecardDesk scorecards;
    private final Clock clock;
    private final Actor system = Actor.system();

    DemoEmulation(DemoData demoData, OrgStructure org, AccountAdministration accounts, MovementDesk desk,
            CouncilDesk council, ScorecardDesk scorecards, Clock clock) {
        this.demoData = demoData;
        this.org = org;
        this.accounts = accounts;
        this.desk = desk;
        this.council = council;
        this.scorecards = scorecards;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!demoData.enabled() || org.findByCode("DNI-BDVTU").isEmpty()
                || desk.movements().stream().anyMatch(m -> m.name().equals(MOVEMENT))) {
            return;
        }
        UUID board = id("DNI-BDVTU");
        UUID province = id("DNI");
        LocalDate today = LocalDate.now(clock);
        Phases calendar = new Phases(LocalDate.of(YEAR, 1, 15), LocalDate.of(YEAR, 2, 1), LocalDate.of(YEAR, 3, 31),
                LocalDate.of(YEAR, 4, 1), LocalDate.of(YEAR, 9, 15), LocalDate.of(YEAR, 9, 16), LocalDate.of(YEAR, 10, 10),
                LocalDate.of(YEAR, 10, 15));
        // Registration is kept open until today while the models are entered, then the movement gets its real calendar.
        Phases entering = new Phases(calendar.launchedOn(), calendar.registrationFrom(),
                today.isAfter(calendar.registrationTo()) ? today : calendar.registrationTo(), calendar.implementationFrom(),
                calendar.implementationTo(), calendar.evaluationFrom(), calendar.evaluationTo(), calendar.commendationOn());
        MovementDetails details = new MovementDetails(board, YEAR, "PROVINCE", MOVEMENT,
                "Kế hoạch số 12-KH/BDVTU ngày 15/01/2026 của Ban Dân vận Tỉnh ủy", entering);
        UUID movement = desk.launch(system, details);
        desk.defineCriteria(system, new NewCriteriaSet(province, YEAR, "Tiêu chí bình xét mô hình, điển hình “Dân vận khéo” năm 2026",
                "MEAN", new BigDecimal("15"), List.of(
                        criterion("Tính sáng tạo, đổi mới trong cách làm", 2),
                        criterion("Hiệu quả thực tế, kết quả đo đếm được", 3),
                        criterion("Sự tham gia, đồng thuận của Nhân dân", 2),
                        criterion("Tính bền vững, khả năng nhân rộng", 3)),
                List.of(new CriteriaSet.Band(new BigDecimal("90"), "Tiêu biểu"), new CriteriaSet.Band(new BigDecimal("70"), "Công nhận"),
                        new CriteriaSet.Band(BigDecimal.ZERO, "Chưa đạt"))));

        Actor chair = account("thidua.dongnai", "Nguyễn Thị Thu Hà", "DNI-BDVTU", Role.EMULATION_COUNCIL);
        Actor front = account("hoidong.mttq", "Lê Văn Tâm", "DNI-MTTQ", Role.EMULATION_COUNCIL);
        Actor home = account("hoidong.snv", "Ngô Thanh Sơn", "DNI-SNV", Role.EMULATION_COUNCIL);
        account("vanhoa.longkhanh", "Phạm Thị Thu", "DNI-LONGKHANH", Role.SPECIALIST);
        for (Actor m : List.of(chair, front, home)) {
            council.appoint(system, movement, m.username());
        }

        UUID doorstep = desk.register(system, movement, new NewModel("COLLECTIVE",
                "“Công chức đến tận nhà” hướng dẫn thủ tục hành chính cho người cao tuổi", id("DNI-SNV"),
                "Tổ công tác Phòng Xây dựng chính quyền (trưởng tổ: Ngô Thanh Sơn)", "CULTURE_SOCIETY",
                "Người cao tuổi, người khuyết tật phải đi lại nhiều lần để nộp hồ sơ, nhiều người không dùng được dịch vụ công trực tuyến.",
                "Lập tổ công chức trẻ đến tận nhà hướng dẫn, nộp hồ sơ trực tuyến hộ; lập nhóm Zalo giải đáp trong ngày; phối hợp Mặt trận khu phố lập danh sách hộ cần hỗ trợ.",
                "1.250 hồ sơ được nộp trực tuyến tại nhà, không có phản ánh về thái độ phục vụ; số lần đi lại của người dân giảm khoảng 80 %.",
                LocalDate.of(2025, 6, 1), List.of(new Figure("Hồ sơ nộp trực tuyến tại nhà", new BigDecimal("1250"), "hồ sơ", null),
                        new Figure("Hộ được hỗ trợ", new BigDecimal("640"), "hộ", "Báo cáo 6 tháng đầu năm 2026"))));
        UUID mediation = desk.register(system, movement, new NewModel("COLLECTIVE",
                "Hòa giải ở cơ sở gắn với trợ giúp pháp lý lưu động", id("DNI-STP"), "Phòng Phổ biến, giáo dục pháp luật",
                "POLITICAL_SYSTEM",
                "Mâu thuẫn đất đai, hàng xóm kéo dài ở khu dân cư, nhiều vụ việc lên xã, lên tỉnh.",
                "Mỗi tháng một buổi trợ giúp pháp lý lưu động tại nhà văn hóa; tập huấn cho 120 hòa giải viên; đối thoại công khai.",
                "92 % vụ việc hòa giải thành, không phát sinh khiếu nại vượt cấp.", LocalDate.of(2025, 3, 1),
                List.of(new Figure("Tỷ lệ hòa giải thành", new BigDecimal("92"), "%", null))));
        UUID market = desk.register(system, movement, new NewModel("COLLECTIVE", "Chợ an toàn, văn minh do tiểu thương tự quản",
                id("DNI-TRANBIEN"), null, "ECONOMY",
                "Chợ tự phát lấn chiếm lòng đường, mất an toàn thực phẩm.",
                "Vận động tiểu thương lập tổ tự quản, ký cam kết, sắp xếp lại điểm bán.", "Giải tỏa 100 % điểm bán lấn chiếm.",
                LocalDate.of(2025, 9, 1), List.of()));
        UUID exemplar = desk.register(system, movement, new NewModel("INDIVIDUAL", "Trưởng ấp gần dân, sát dân",
                id("DNI-TRIAN"), "Ông Trần Văn Bảy, Trưởng ấp 3", "DEFENCE_SECURITY",
                "Tình trạng trộm cắp vặt, tụ tập thanh niên gây mất trật tự ban đêm.",
                "Lập tổ tuần tra tự quản, vận động gia đình quản lý con em.", "Ấp 3 không còn vụ trộm cắp trong 6 tháng.",
                LocalDate.of(2025, 11, 1), List.of()));
        desk.amend(system, movement, new MovementDetails(board, YEAR, "PROVINCE", MOVEMENT, details.rulesDocument(), calendar), null);

        for (UUID model : List.of(doorstep, mediation, market, exemplar)) {
            desk.startImplementing(system, model);
        }
        desk.addEvidence(system, doorstep, "cong-chuc-den-tan-nha.png", photo(new Color(0x0D6EFD), new Color(0x20C997)));
        for (UUID model : List.of(doorstep, mediation, market)) {
            desk.nominate(system, model, null);
        }
        CriteriaSet criteria = council.criteriaFor(movement);
        // Sở Nội vụ's own member may not score its model.
        council.score(chair, doorstep, scores(criteria, "10", "9", "9", "9"));
        council.score(front, doorstep, scores(criteria, "9", "10", "9", "9"));
        council.score(chair, mediation, scores(criteria, "8", "8", "7", "8"));
        council.score(front, mediation, scores(criteria, "7", "8", "8", "7"));
        council.score(home, mediation, scores(criteria, "8", "7", "8", "8"));
        council.score(chair, market, scores(criteria, "7", "8", "8", "6"));

        council.recognise(system, doorstep, new Recognition("PROVINCE", "DIPLOMA",
                "2468/QĐ-UBND", DECIDED));
        council.recognise(system, mediation, new Recognition("PROVINCE", "CERTIFICATE",
                "35-QĐ/BDVTU", DECIDED));
        desk.approvePeoplePublication(system, doorstep);
        desk.publish(system, doorstep, true);
        desk.publish(system, mediation, false);
        desk.replicate(system, mediation, id("DNI-LONGKHANH"), LocalDate.of(YEAR, 10, 20),
                "Tổ chức 2 buổi trợ giúp pháp lý lưu động; 11/12 vụ việc hòa giải thành.");

        scorecard();
    }

    /** Sở Nội vụ grades the departments and wards on Tây Ninh's six criteria (QĐ 1563/QĐ-UBND, 2022). */
    private void scorecard() {
        UUID template = scorecards.defineTemplate(system, new NewScorecardTemplate(id("DNI-SNV"), YEAR,
                "Đánh giá, xếp loại công tác dân vận chính quyền năm 2026", List.of(
                        new NewScorecardTemplate.NewItem("Triển khai các văn bản chỉ đạo về công tác dân vận chính quyền", new BigDecimal("10"), true),
                        new NewScorecardTemplate.NewItem("Tiếp công dân, giải quyết khiếu nại, tố cáo, phòng chống tham nhũng", new BigDecimal("10"), true),
                        new NewScorecardTemplate.NewItem("Phối hợp với Mặt trận Tổ quốc và các đoàn thể", new BigDecimal("20"), false),
                        new NewScorecardTemplate.NewItem("Cải cách hành chính", new BigDecimal("20"), true),
                        new NewScorecardTemplate.NewItem("Thực hiện dân chủ ở cơ sở", new BigDecimal("20"), false),
                        new NewScorecardTemplate.NewItem("Phong trào thi đua “Dân vận khéo”", new BigDecimal("20"), false)),
                List.of(new CriteriaSet.Band(new BigDecimal("90"), "Xuất sắc"), new CriteriaSet.Band(new BigDecimal("80"), "Tốt"),
                        new CriteriaSet.Band(new BigDecimal("65"), "Khá"), new CriteriaSet.Band(new BigDecimal("50"), "Trung bình"),
                        new CriteriaSet.Band(BigDecimal.ZERO, "Yếu"))));
        List<UUID> items = scorecards.template(template).items().stream().map(i -> i.id()).toList();
        UUID justice = assess(template, items, "DNI-STP", "10", "9", "18", "19", "18", "19");
        scorecards.grade(system, justice, List.of(new ScorecardDesk.Adjustment(items.get(3), new BigDecimal("16"),
                "Còn 3 hồ sơ trễ hạn trên Cổng dịch vụ công trong quý III.")), null);
        UUID ward = assess(template, items, "DNI-TRANBIEN", "9", "8", "17", "16", "18", "17");
        scorecards.grade(system, ward, List.of(), null);
    }

    private UUID assess(UUID template, List<UUID> items, String unit, String... points) {
        List<ScorecardDesk.SelfScore> scores = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            scores.add(new ScorecardDesk.SelfScore(items.get(i), new BigDecimal(points[i]),
                    "Báo cáo kết quả năm 2026, kèm danh mục văn bản và số liệu."));
        }
        UUID id = scorecards.assess(system, template, id(unit), scores, null);
        scorecards.submit(system, id);
        return id;
    }

    /** The demo account of that name, opened with the role at the unit when it does not exist yet. */
    private Actor account(String username, String displayName, String unitCode, Role role) {
        UUID unit = id(unitCode);
        UUID account = accounts.list(system, username, Paging.of(0, 5)).items().stream()
                .filter(a -> a.username().equals(username)).map(a -> a.id()).findFirst()
                .orElseGet(() -> accounts.openDemoAccount(username, displayName, unit, demoData.password(),
                        List.of(new RoleGrant(role, unit))));
        String path = org.find(unit).orElseThrow().path();
        return new Actor(account, username, displayName, unit, List.of(new Actor.Grant(role, unit, path)));
    }

    private static NewCriteriaSet.NewCriterion criterion(String name, int weight) {
        return new NewCriteriaSet.NewCriterion(name, new BigDecimal(weight), BigDecimal.ZERO, BigDecimal.TEN);
    }

    private static List<Score> scores(CriteriaSet criteria, String... points) {
        return java.util.stream.IntStream.range(0, points.length).mapToObj(i -> new Score(criteria.criteria().get(i).id(),
                new BigDecimal(points[i]), null)).toList();
    }

    /** A plain picture standing in for a photo of the model's work. */
    private static byte[] photo(Color from, Color to) {
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, from, 640, 400, to));
        g.fillRect(0, 0, 640, 400);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UUID id(String code) {
        return org.findByCode(code).orElseThrow().id();
    }
}
