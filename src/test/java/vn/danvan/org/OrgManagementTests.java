package vn.danvan.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.shared.AccessDenied;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Conflict;
import vn.danvan.shared.ConcurrentChange;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.Role;
import vn.danvan.shared.RuleViolated;
import vn.danvan.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrgManagementTests extends IntegrationTest {

    /** Business dates are Vietnamese dates: the application's clock, not the machine's zone. */
    @Autowired
    Clock clock;

    private static final LocalDate BEFORE = LocalDate.of(2025, 2, 1);
    private static final LocalDate MERGER = LocalDate.of(2025, 3, 1);
    private static final LocalDate AFTER = LocalDate.of(2025, 4, 1);

    @Test
    void establishesAUnitWithAPathUnderItsParent() {
        UUID province = province("Tỉnh Thử Nghiệm");
        UUID committee = unit("Ủy ban nhân dân tỉnh Thử Nghiệm", UnitKind.PEOPLES_COMMITTEE, province);
        UnitSummary parent = orgStructure.find(province).orElseThrow();
        UnitSummary child = orgStructure.find(committee).orElseThrow();
        assertThat(child.path()).startsWith(parent.path()).endsWith("/");
        assertThat(child.level()).isEqualTo(parent.level() + 1);
        assertThat(child.parentId()).isEqualTo(province);
    }

    @Test
    void refusesBadUnitsAndChangesNothing() {
        UUID province = province("Tỉnh Kiểm Tra");
        UUID commune = unit("Xã Kiểm Tra", UnitKind.COMMUNE, province);
        long before = countUnits();
        assertThatThrownBy(() -> orgManagement.establish(SYSTEM, new NewUnit(unique("X"), "  ", null, UnitKind.DEPARTMENT, province, null, null)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> orgManagement.establish(SYSTEM, new NewUnit(unique("X"), "x".repeat(256), null, UnitKind.DEPARTMENT, province, null, null)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> orgManagement.establish(SYSTEM, new NewUnit("bad code!", "Sở A", null, UnitKind.DEPARTMENT, province, null, null)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> orgManagement.establish(SYSTEM, new NewUnit(unique("X"), "Tỉnh trong xã", null, UnitKind.PROVINCE, commune, null, null)))
                .isInstanceOf(RuleViolated.class).hasMessage("org.unit.kind-not-allowed-under");
        assertThatThrownBy(() -> orgManagement.establish(SYSTEM, new NewUnit(unique("X"), "Sở B", null, UnitKind.DEPARTMENT, province,
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 1)))).isInstanceOf(InvalidInput.class);
        String code = unique("DUP");
        orgManagement.establish(SYSTEM, new NewUnit(code, "Sở C", null, UnitKind.DEPARTMENT, province, null, null));
        assertThatThrownBy(() -> orgManagement.establish(SYSTEM, new NewUnit(code, "Sở D", null, UnitKind.DEPARTMENT, province, null, null)))
                .isInstanceOf(Conflict.class);
        assertThat(countUnits()).isEqualTo(before + 1);
    }

    @Test
    void movesAUnitWithItsSubtreeAndKeepsTheOldPlacementInHistory() {
        UUID province = province("Tỉnh Di Chuyển");
        UUID oldParent = unit("Sở Cũ", UnitKind.DEPARTMENT, province);
        UUID newParent = unit("Sở Mới", UnitKind.DEPARTMENT, province);
        UUID division = unit("Phòng Di Chuyển", UnitKind.DIVISION, oldParent);
        UUID team = unit("Tổ công tác", UnitKind.OTHER, division);

        orgManagement.move(SYSTEM, division, newParent, MERGER);

        String newPath = orgStructure.find(newParent).orElseThrow().path();
        assertThat(orgStructure.find(division).orElseThrow().path()).startsWith(newPath);
        assertThat(orgStructure.find(team).orElseThrow().path()).startsWith(newPath);
        assertThat(orgStructure.find(team).orElseThrow().level()).isEqualTo(orgStructure.find(newParent).orElseThrow().level() + 2);
        assertThat(names(orgStructure.children(SYSTEM, oldParent, BEFORE, false))).containsExactly("Phòng Di Chuyển");
        assertThat(orgStructure.children(SYSTEM, oldParent, AFTER, false)).isEmpty();
        assertThat(names(orgStructure.children(SYSTEM, newParent, AFTER, false))).containsExactly("Phòng Di Chuyển");
        assertThat(orgStructure.details(SYSTEM, division).placements()).hasSize(2);
    }

    @Test
    void refusesToMoveAUnitUnderItselfOrItsDescendants() {
        UUID province = province("Tỉnh Vòng Lặp");
        UUID department = unit("Sở Vòng Lặp", UnitKind.DEPARTMENT, province);
        UUID division = unit("Phòng Vòng Lặp", UnitKind.DIVISION, department);
        String pathBefore = orgStructure.find(department).orElseThrow().path();
        assertThatThrownBy(() -> orgManagement.move(SYSTEM, department, division, MERGER))
                .isInstanceOf(RuleViolated.class).hasMessage("org.unit.move-under-descendant");
        assertThatThrownBy(() -> orgManagement.move(SYSTEM, department, department, MERGER))
                .isInstanceOf(RuleViolated.class).hasMessage("org.unit.move-under-itself");
        assertThat(orgStructure.find(department).orElseThrow().path()).isEqualTo(pathBefore);
    }

    @Test
    void mergesUnitsIntoASuccessorAndShowsTheTreeAsItWasBefore() {
        UUID province = province("Tỉnh Hợp Nhất");
        UUID committee = unit("UBND tỉnh Hợp Nhất", UnitKind.PEOPLES_COMMITTEE, province);
        UUID labour = unit("Sở Lao động – Thương binh và Xã hội", UnitKind.DEPARTMENT, committee);
        UUID labourOffice = unit("Văn phòng Sở LĐTBXH", UnitKind.OFFICE, labour);
        UUID home = unit("Sở Nội vụ", UnitKind.DEPARTMENT, committee);

        orgManagement.merge(SYSTEM, new Merger(List.of(labour), home, MERGER, true));

        assertThat(names(orgStructure.children(SYSTEM, committee, BEFORE, false)))
                .containsExactlyInAnyOrder("Sở Lao động – Thương binh và Xã hội", "Sở Nội vụ");
        assertThat(names(orgStructure.children(SYSTEM, committee, AFTER, false))).containsExactly("Sở Nội vụ");
        assertThat(names(orgStructure.children(SYSTEM, labour, BEFORE, false))).containsExactly("Văn phòng Sở LĐTBXH");
        assertThat(names(orgStructure.children(SYSTEM, home, AFTER, false))).containsExactly("Văn phòng Sở LĐTBXH");
        UnitSummary closed = orgStructure.find(labour).orElseThrow();
        assertThat(closed.validTo()).isEqualTo(MERGER);
        assertThat(closed.path()).startsWith(orgStructure.find(home).orElseThrow().path());
        assertThat(orgStructure.successorsOn(labour, AFTER)).containsExactly(home);
        assertThat(orgStructure.successorsOn(labour, BEFORE)).containsExactly(labour);
        assertThat(orgStructure.successorsOn(labourOffice, AFTER)).containsExactly(labourOffice);
        assertThat(orgStructure.predecessors(home)).extracting(UnitDetails.LineageEntry::unitId).containsExactly(labour);
    }

    @Test
    void refusesMergersThatMakeNoSense() {
        UUID province = province("Tỉnh Sáp Nhập Sai");
        UUID a = unit("Sở A", UnitKind.DEPARTMENT, province);
        UUID b = unitFrom("Sở B mới", UnitKind.DEPARTMENT, province, LocalDate.of(2025, 6, 1));
        UUID child = unit("Phòng thuộc A", UnitKind.DIVISION, a);
        assertThatThrownBy(() -> orgManagement.merge(SYSTEM, new Merger(List.of(a), a, MERGER, true)))
                .isInstanceOf(RuleViolated.class).hasMessage("org.merge.into-itself");
        assertThatThrownBy(() -> orgManagement.merge(SYSTEM, new Merger(List.of(a), b, MERGER, true)))
                .isInstanceOf(RuleViolated.class).hasMessage("org.merge.target-not-active");
        assertThatThrownBy(() -> orgManagement.merge(SYSTEM, new Merger(List.of(a), child, MERGER, true)))
                .isInstanceOf(RuleViolated.class).hasMessage("org.merge.target-inside-source");
        assertThatThrownBy(() -> orgManagement.merge(SYSTEM, new Merger(List.of(), b, MERGER, true)))
                .isInstanceOf(InvalidInput.class);
        assertThat(orgStructure.find(a).orElseThrow().validTo()).isNull();
        assertThat(orgStructure.find(child).orElseThrow().parentId()).isEqualTo(a);
    }

    @Test
    void splitsAUnitAndHandsItsChildrenToTheNewUnits() {
        UUID province = province("Tỉnh Chia Tách");
        UUID department = unit("Sở Văn hóa, Thể thao và Du lịch", UnitKind.DEPARTMENT, province);
        UUID culture = unit("Phòng Văn hóa", UnitKind.DIVISION, department);
        UUID tourism = unit("Phòng Du lịch", UnitKind.DIVISION, department);
        String cultureCode = unique("VH");
        String tourismCode = unique("DL");

        List<UUID> parts = orgManagement.split(SYSTEM, department, new Split(MERGER,
                List.of(new Split.Part(cultureCode, "Sở Văn hóa và Thể thao", "SVHTT", null),
                        new Split.Part(tourismCode, "Sở Du lịch", "SDL", null)),
                Map.of(culture, 0, tourism, 1)));

        assertThat(parts).hasSize(2);
        assertThat(orgStructure.find(department).orElseThrow().validTo()).isEqualTo(MERGER);
        assertThat(orgStructure.find(culture).orElseThrow().parentId()).isEqualTo(parts.get(0));
        assertThat(orgStructure.find(tourism).orElseThrow().parentId()).isEqualTo(parts.get(1));
        assertThat(orgStructure.successorsOn(department, AFTER)).containsExactlyInAnyOrderElementsOf(parts);
        assertThat(names(orgStructure.children(SYSTEM, department, BEFORE, false))).containsExactlyInAnyOrder("Phòng Văn hóa", "Phòng Du lịch");
    }

    @Test
    void refusesASplitThatLeavesAChildBehind() {
        UUID province = province("Tỉnh Chia Thiếu");
        UUID department = unit("Sở Chia Thiếu", UnitKind.DEPARTMENT, province);
        unit("Phòng bị bỏ quên", UnitKind.DIVISION, department);
        long before = countUnits();
        assertThatThrownBy(() -> orgManagement.split(SYSTEM, department, new Split(MERGER,
                List.of(new Split.Part(unique("P"), "Phần 1", null, null), new Split.Part(unique("P"), "Phần 2", null, null)),
                Map.of()))).isInstanceOf(InvalidInput.class);
        assertThat(countUnits()).isEqualTo(before);
        assertThat(orgStructure.find(department).orElseThrow().validTo()).isNull();
    }

    @Test
    void keepsTheHistoryOfIssuerCodes() {
        UUID province = province("Tỉnh Ký Hiệu");
        UUID board = orgManagement.establish(SYSTEM, new NewUnit(unique("B"), "Ban Dân vận Tỉnh ủy", "BDVTU",
                UnitKind.PARTY_BOARD, province, null, null));
        UnitSummary unit = orgStructure.find(board).orElseThrow();
        orgManagement.amend(SYSTEM, board, new UnitAmendment("Ban Tuyên giáo và Dân vận Tỉnh ủy", UnitKind.PARTY_BOARD,
                "BTGDVTU", MERGER, unit.version()));
        UnitDetails details = orgStructure.details(SYSTEM, board);
        assertThat(details.unit().shortName()).isEqualTo("BTGDVTU");
        assertThat(details.shortNames()).extracting(UnitDetails.ShortNameEntry::shortName).containsExactly("BDVTU", "BTGDVTU");
        assertThat(details.shortNames().get(0).validTo()).isEqualTo(MERGER);
    }

    @Test
    void refusesAnAmendmentMadeOnAStaleVersion() {
        UUID province = province("Tỉnh Hai Người Sửa");
        UUID department = unit("Sở Hai Người Sửa", UnitKind.DEPARTMENT, province);
        long version = orgStructure.find(department).orElseThrow().version();
        orgManagement.amend(SYSTEM, department, new UnitAmendment("Sở Đã Sửa Lần Một", UnitKind.DEPARTMENT, null, null, version));
        assertThatThrownBy(() -> orgManagement.amend(SYSTEM, department,
                new UnitAmendment("Sở Sửa Lần Hai", UnitKind.DEPARTMENT, null, null, version)))
                .isInstanceOf(ConcurrentChange.class);
        assertThat(orgStructure.find(department).orElseThrow().name()).isEqualTo("Sở Đã Sửa Lần Một");
    }

    @Test
    void designatesOneLeaderAtATimeAndListsUnitsWithoutOne() {
        UUID province = province("Tỉnh Cán Bộ");
        UUID department = unit("Sở Cán Bộ", UnitKind.DEPARTMENT, province);
        UUID division = unit("Phòng Chưa Có", UnitKind.DIVISION, department);
        UUID first = orgManagement.addStaff(SYSTEM, department, new StaffDetails("Nguyễn Văn An", "Phó Giám đốc", null, null));
        UUID second = orgManagement.addStaff(SYSTEM, department, new StaffDetails("Trần Thị Bình", "Phó Giám đốc", null, null));

        orgManagement.designateLeader(SYSTEM, department, first, LocalDate.of(2024, 1, 1));
        orgManagement.designateLeader(SYSTEM, department, second, LocalDate.of(2025, 1, 1));

        UnitDetails details = orgStructure.details(SYSTEM, department);
        assertThat(details.currentLeader().staffId()).isEqualTo(second);
        assertThat(details.leaders()).hasSize(2);
        assertThat(details.leaders().stream().filter(l -> l.staffId().equals(first)).findFirst().orElseThrow().validTo())
                .isEqualTo(LocalDate.of(2025, 1, 1));

        LeaderCoverage coverage = orgStructure.leaderCoverage(SYSTEM, province, LocalDate.of(2025, 6, 1), false);
        assertThat(coverage.total()).isEqualTo(2);
        assertThat(coverage.covered()).isEqualTo(1);
        assertThat(coverage.gaps()).extracting(g -> g.unit().id()).containsExactly(division);
        LeaderCoverage earlier = orgStructure.leaderCoverage(SYSTEM, province, LocalDate.of(2023, 6, 1), false);
        assertThat(earlier.covered()).isZero();
    }

    @Test
    void refusesALeaderFromAnotherUnit() {
        UUID province = province("Tỉnh Khác Đơn Vị");
        UUID a = unit("Sở A", UnitKind.DEPARTMENT, province);
        UUID b = unit("Sở B", UnitKind.DEPARTMENT, province);
        UUID staffOfB = orgManagement.addStaff(SYSTEM, b, new StaffDetails("Lê Văn Cường", null, null, null));
        assertThatThrownBy(() -> orgManagement.designateLeader(SYSTEM, a, staffOfB, LocalDate.of(2025, 1, 1)))
                .isInstanceOf(RuleViolated.class).hasMessage("org.leader.staff-not-in-unit");
        assertThat(orgStructure.details(SYSTEM, a).leaders()).isEmpty();
    }

    @Test
    void findsUnitsWithoutDiacritics() {
        UUID province = province("Tỉnh Đắk Tìm Kiếm");
        unit("Sở Nội vụ tỉnh Đắk Tìm Kiếm", UnitKind.DEPARTMENT, province);
        Actor admin = actor(Role.UNIT_ADMIN, province);
        assertThat(orgStructure.search(admin, "so noi vu dak tim", LocalDate.now(clock), false, 10))
                .extracting(hit -> hit.unit().name()).containsExactly("Sở Nội vụ tỉnh Đắk Tìm Kiếm");
        assertThat(orgStructure.search(admin, "SỞ NỘI VỤ", LocalDate.now(clock), false, 10)).hasSize(1);
        assertThat(orgStructure.search(admin, "100%_\\", LocalDate.now(clock), false, 10)).isEmpty();
    }

    @Test
    void keepsEachAdministratorInsideTheirOwnSubtree() {
        UUID mine = province("Tỉnh Của Tôi");
        UUID theirs = province("Tỉnh Của Người Khác");
        UUID theirDepartment = unit("Sở Của Người Khác", UnitKind.DEPARTMENT, theirs);
        Actor admin = actor(Role.UNIT_ADMIN, mine);
        long before = countUnits();

        assertThat(orgStructure.search(admin, "cua nguoi khac", LocalDate.now(clock), false, 10)).isEmpty();
        assertThatThrownBy(() -> orgStructure.details(admin, theirDepartment)).isInstanceOf(UnitNotFound.class);
        assertThatThrownBy(() -> orgManagement.establish(admin, new NewUnit(unique("X"), "Phòng lén", null, UnitKind.DIVISION,
                theirDepartment, null, null))).isInstanceOf(UnitNotFound.class);
        assertThatThrownBy(() -> orgManagement.move(admin, theirDepartment, mine, MERGER)).isInstanceOf(UnitNotFound.class);
        assertThatThrownBy(() -> orgManagement.establish(admin, new NewUnit(unique("X"), "Quốc gia khác", null, UnitKind.NATION,
                null, null, null))).isInstanceOf(AccessDenied.class);
        assertThat(countUnits()).isEqualTo(before);
        assertThat(orgStructure.roots(admin, LocalDate.now(clock), false)).extracting(TreeNode::id).containsExactly(mine);
    }

    @Test
    void letsALeaderReadButNotChangeTheirUnits() {
        UUID province = province("Tỉnh Chỉ Đọc");
        UUID department = unit("Sở Chỉ Đọc", UnitKind.DEPARTMENT, province);
        Actor leader = actor(Role.LEADER, province);
        assertThat(orgStructure.details(leader, department).unit().name()).isEqualTo("Sở Chỉ Đọc");
        assertThatThrownBy(() -> orgManagement.establish(leader, new NewUnit(unique("X"), "Phòng mới", null, UnitKind.DIVISION,
                department, null, null))).isInstanceOf(AccessDenied.class);
        DomainException refused = org.junit.jupiter.api.Assertions.assertThrows(DomainException.class,
                () -> orgManagement.addStaff(leader, department, new StaffDetails("Ai Đó", null, null, null)));
        assertThat(refused.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
    }

    private long countUnits() {
        return jdbc.sql("select count(*) from org_unit").query(Long.class).single();
    }

    private static List<String> names(List<TreeNode> nodes) {
        return nodes.stream().map(TreeNode::name).toList();
    }
}
