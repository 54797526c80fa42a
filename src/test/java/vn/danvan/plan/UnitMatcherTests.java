package vn.danvan.plan;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.danvan.org.UnitKind;
import vn.danvan.org.UnitSummary;

import static org.assertj.core.api.Assertions.assertThat;

/** Unit names as plans write them, matched to a province's tree. */
class UnitMatcherTests {

    private final UnitSummary province = unit("Tỉnh Đồng Nai", null, UnitKind.PROVINCE, null, "/1/");
    private final UnitSummary committee = unit("Ủy ban nhân dân tỉnh Đồng Nai", "UBND tỉnh", UnitKind.PEOPLES_COMMITTEE, province, "/1/2/");
    private final UnitSummary labour = unit("Sở Lao động - Thương binh và Xã hội tỉnh Đồng Nai", null, UnitKind.DEPARTMENT, committee, "/1/2/3/");
    private final UnitSummary office = unit("Văn phòng", null, UnitKind.OFFICE, labour, "/1/2/3/4/");
    private final UnitSummary jobs = unit("Phòng Lao động - Việc làm", null, UnitKind.DIVISION, labour, "/1/2/3/5/");
    private final UnitSummary home = unit("Sở Nội vụ tỉnh Đồng Nai", null, UnitKind.DEPARTMENT, committee, "/1/2/6/");
    private final UnitSummary homeOffice = unit("Văn phòng", null, UnitKind.OFFICE, home, "/1/2/6/7/");
    private final UnitSummary front = unit("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai", null, UnitKind.FATHERLAND_FRONT, province, "/1/8/");

    private final UnitMatcher.Matching matching = new UnitMatcher.Matching(jobs, labour, province,
            List.of(province, committee, labour, office, jobs, home, homeOffice, front));

    @Test
    void matchesAbbreviationsAgainstTheInitialsOfAName() {
        assertThat(matching.match("Sở LĐ-TB&XH").unit()).isEqualTo(labour);
        assertThat(matching.match("Sở LĐTBXH").unit()).isEqualTo(labour);
        assertThat(matching.match("UBND tỉnh").unit()).isEqualTo(committee);
        assertThat(matching.match("Ủy ban MTTQ Việt Nam tỉnh").unit()).isEqualTo(front);
    }

    @Test
    void readsSoAndTinhAsTheImportingDepartmentAndItsProvince() {
        assertThat(matching.match("Văn phòng Sở").unit()).isEqualTo(office);
        assertThat(matching.match("Ủy ban nhân dân tỉnh").unit()).isEqualTo(committee);
        assertThat(matching.match("Sở Nội vụ").unit()).isEqualTo(home);
    }

    @Test
    void ignoresDiacriticsAndPunctuation() {
        assertThat(matching.match("phong lao dong viec lam").unit()).isEqualTo(jobs);
        assertThat(matching.match("Phòng Lao động – Việc làm").unit()).isEqualTo(jobs);
    }

    @Test
    void leavesUnknownAndCollectiveNamesForThePersonToMap() {
        assertThat(matching.match("Ban Tuyên giáo Đảng ủy khối").unit()).isNull();
        assertThat(matching.match("Các phòng, chi cục, đơn vị trực thuộc Sở").unit()).isNull();
    }

    @Test
    void anAmbiguousNameOffersItsCandidates() {
        UnitMatcher.Matching fromProvince = new UnitMatcher.Matching(committee, committee, province,
                List.of(province, committee, labour, office, jobs, home, homeOffice));

        UnitMatcher.Match match = fromProvince.match("Văn phòng");

        assertThat(match.unit()).isNull();
        assertThat(match.candidates()).contains(office, homeOffice);
    }

    private static UnitSummary unit(String name, String shortName, UnitKind kind, UnitSummary parent, String path) {
        return new UnitSummary(UUID.randomUUID(), path, name, shortName, kind, parent == null ? null : parent.id(), path,
                path.split("/").length - 1, null, null, 0);
    }
}
