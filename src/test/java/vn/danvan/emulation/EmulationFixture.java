package vn.danvan.emulation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;
import vn.danvan.support.IntegrationTest;

/**
 * A fresh province per test with three departments, a movement open for registration, criteria, and a council of
 * three members — one from each department.
 */
abstract class EmulationFixture extends IntegrationTest {

    @Autowired
    protected MovementDesk desk;
    @Autowired
    protected CouncilDesk council;
    @Autowired
    protected Showcase showcase;
    @Autowired
    protected Clock clock;

    protected UUID province;
    protected UUID deptA;
    protected UUID deptB;
    protected UUID deptC;
    protected Actor organiser;
    protected Actor specialistA;
    protected Actor leaderA;
    protected Actor memberA;
    protected Actor memberB;
    protected Actor memberC;
    protected UUID movement;
    protected CriteriaSet criteria;

    protected LocalDate today() {
        return LocalDate.now(clock);
    }

    protected void setUpMovement(int year) {
        province = province("Tỉnh Thử " + unique("P"));
        UUID committee = unit("Ủy ban nhân dân tỉnh thử", UnitKind.PEOPLES_COMMITTEE, province);
        deptA = unit("Sở Nội vụ thử", UnitKind.DEPARTMENT, committee);
        deptB = unit("Sở Tư pháp thử", UnitKind.DEPARTMENT, committee);
        deptC = unit("Sở Y tế thử", UnitKind.DEPARTMENT, committee);
        organiser = actor(Role.LEADER, province);
        specialistA = actor(Role.SPECIALIST, deptA);
        leaderA = actor(Role.LEADER, deptA);
        memberA = actor(Role.EMULATION_COUNCIL, deptA);
        memberB = actor(Role.EMULATION_COUNCIL, deptB);
        memberC = actor(Role.EMULATION_COUNCIL, deptC);
        movement = desk.launch(organiser, new MovementDetails(province, year, "PROVINCE", "Phong trào thi đua “Dân vận khéo” " + year,
                "45-CT/TU", openPhases()));
        desk.defineCriteria(organiser, new NewCriteriaSet(province, year, "Tiêu chí " + year, "MEAN", new BigDecimal("15"),
                List.of(new NewCriteriaSet.NewCriterion("Tính sáng tạo", new BigDecimal("2"), BigDecimal.ZERO, BigDecimal.TEN),
                        new NewCriteriaSet.NewCriterion("Hiệu quả thực tế", new BigDecimal("3"), BigDecimal.ZERO, BigDecimal.TEN),
                        new NewCriteriaSet.NewCriterion("Khả năng nhân rộng", new BigDecimal("5"), BigDecimal.ZERO, BigDecimal.TEN)),
                List.of(new CriteriaSet.Band(new BigDecimal("90"), "Tiêu biểu"), new CriteriaSet.Band(new BigDecimal("70"), "Công nhận"))));
        criteria = council.criteriaFor(movement);
        for (Actor member : List.of(memberA, memberB, memberC)) {
            council.appoint(organiser, movement, member.username());
        }
    }

    protected Phases openPhases() {
        LocalDate t = today();
        return new Phases(t.minusDays(10), t.minusDays(5), t.plusDays(30), t, t.plusDays(200), t.plusDays(200),
                t.plusDays(230), t.plusDays(240));
    }

    protected NewModel model(String name, UUID unit) {
        return new NewModel("COLLECTIVE", name, unit, "Nguyễn Văn A, Trần Thị B", "CULTURE_SOCIETY",
                "Người dân còn phải đi lại nhiều lần khi làm thủ tục.",
                "Cán bộ đến tận nhà hướng dẫn, lập nhóm Zalo hỗ trợ.", "Giảm 80 % số lần đi lại.", today().minusDays(3),
                List.of(new Figure("Số hộ được hỗ trợ", new BigDecimal("1250"), "hộ", null)));
    }

    /** Registers, starts and nominates a model of the unit. */
    protected UUID nominated(String name, UUID unit, Actor head) {
        Actor staff = head;
        UUID id = desk.register(staff, movement, model(name, unit));
        desk.startImplementing(staff, id);
        desk.nominate(head, id, null);
        return id;
    }

    protected List<Score> scores(String... values) {
        return java.util.stream.IntStream.range(0, values.length).mapToObj(i -> new Score(criteria.criteria().get(i).id(),
                new BigDecimal(values[i]), "Nhận xét " + i)).toList();
    }

    protected long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
