package vn.danvan.demo;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

import vn.danvan.identity.AccountAdministration;
import vn.danvan.identity.InitialAdministrator;
import vn.danvan.identity.RoleGrant;
import vn.danvan.org.Merger;
import vn.danvan.org.NewUnit;
import vn.danvan.org.OrgManagement;
import vn.danvan.org.OrgStructure;
import vn.danvan.org.StaffDetails;
import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;

/**
 * The demo organisation, after the seeds: Đồng Nai with its Party bodies, People's Committee and departments (the
 * labour department of the 2016 plan, Sở Tư pháp with its Party committee and cells), Hà Tĩnh and Nghệ An with their
 * labour departments, Bình Dương and Bình Phước — and the 2025 history: the labour departments merged into Sở Nội vụ on
 * 1 March 2025, Bình Dương into Thành phố Hồ Chí Minh and Bình Phước into Đồng Nai on 1 July 2025, districts abolished.
 * One demo account per role.
 */
@Component
@Order(20)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final LocalDate LABOUR_MERGER = LocalDate.of(2025, 3, 1);
    static final LocalDate TWO_LEVEL_GOVERNMENT = LocalDate.of(2025, 7, 1);

    private final OrgManagement org;
    private final OrgStructure structure;
    private final AccountAdministration accounts;
    private final InitialAdministrator administrator;
    private final DataSource dataSource;
    private final String setting;
    private final Actor system = Actor.system();
    private final Map<String, UUID> units = new HashMap<>();
    private String password;

    DemoData(OrgManagement org, OrgStructure structure, AccountAdministration accounts,
            InitialAdministrator administrator, DataSource dataSource, @Value("${danvan.demo:}") String setting) {
        this.org = org;
        this.structure = structure;
        this.accounts = accounts;
        this.administrator = administrator;
        this.dataSource = dataSource;
        this.setting = setting;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!enabled() || structure.findByCode("DNI").isPresent()) {
            return;
        }
        long started = System.nanoTime();
        loadOrganisation();
        loadAccounts();
        log.info("Loaded the demo data in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    boolean enabled() throws Exception {
        if (!setting.isBlank()) {
            return Boolean.parseBoolean(setting.strip());
        }
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDatabaseProductName());
        return "H2".equalsIgnoreCase(product);
    }

    private void loadOrganisation() {
        UUID nation = structure.findByCode("VN").map(u -> u.id())
                .orElseGet(() -> org.ensureNation("VN", "Cộng hòa xã hội chủ nghĩa Việt Nam"));
        units.put("VN", nation);

        unit("DNI", "Tỉnh Đồng Nai", null, UnitKind.PROVINCE, "VN");
        unit("DNI-TU", "Tỉnh ủy Đồng Nai", "TU", UnitKind.PARTY_COMMITTEE, "DNI");
        unit("DNI-BDVTU", "Ban Dân vận Tỉnh ủy Đồng Nai", "BDVTU", UnitKind.PARTY_BOARD, "DNI-TU");
        unit("DNI-DUK", "Đảng ủy Khối các cơ quan tỉnh Đồng Nai", "ĐUK", UnitKind.PARTY_COMMITTEE, "DNI-TU");
        unit("DNI-BCDDV", "Ban Chỉ đạo công tác dân vận tỉnh Đồng Nai", "BCĐ", UnitKind.OTHER, "DNI-TU");
        unit("DNI-HDND", "Hội đồng nhân dân tỉnh Đồng Nai", "HĐND", UnitKind.PEOPLES_COUNCIL, "DNI");
        unit("DNI-UBND", "Ủy ban nhân dân tỉnh Đồng Nai", "UBND", UnitKind.PEOPLES_COMMITTEE, "DNI");
        unit("DNI-MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai", "MTTQ", UnitKind.FATHERLAND_FRONT, "DNI");

        unit("DNI-SLDTBXH", "Sở Lao động – Thương binh và Xã hội tỉnh Đồng Nai", "LĐTBXH", UnitKind.DEPARTMENT, "DNI-UBND");
        unit("DNI-SLDTBXH-VP", "Văn phòng Sở Lao động – Thương binh và Xã hội", "VP", UnitKind.OFFICE, "DNI-SLDTBXH");
        unit("DNI-SLDTBXH-LDVL", "Phòng Lao động – Việc làm", "LĐVL", UnitKind.DIVISION, "DNI-SLDTBXH");
        unit("DNI-SLDTBXH-NCC", "Phòng Người có công", "NCC", UnitKind.DIVISION, "DNI-SLDTBXH");
        unit("DNI-SLDTBXH-BTXH", "Phòng Bảo trợ xã hội", "BTXH", UnitKind.DIVISION, "DNI-SLDTBXH");
        unit("DNI-SLDTBXH-GDNN", "Phòng Giáo dục nghề nghiệp", "GDNN", UnitKind.DIVISION, "DNI-SLDTBXH");
        unit("DNI-SLDTBXH-CCPCTNXH", "Chi cục Phòng, chống tệ nạn xã hội", "CCPCTNXH", UnitKind.SUB_DEPARTMENT, "DNI-SLDTBXH");
        unit("DNI-SLDTBXH-TTDVVL", "Trung tâm Dịch vụ việc làm Đồng Nai", "TTDVVL", UnitKind.PUBLIC_SERVICE_UNIT, "DNI-SLDTBXH");
        unit("DNI-SLDTBXH-CD", "Công đoàn cơ sở Sở Lao động – Thương binh và Xã hội", "CĐ", UnitKind.TRADE_UNION, "DNI-SLDTBXH");
        unit("DNI-SLDTBXH-DTN", "Đoàn Thanh niên Sở Lao động – Thương binh và Xã hội", "ĐTN", UnitKind.YOUTH_UNION, "DNI-SLDTBXH");
        unit("DNI-SLDTBXH-CCB", "Hội Cựu chiến binh Sở Lao động – Thương binh và Xã hội", "CCB", UnitKind.VETERANS_ASSOCIATION, "DNI-SLDTBXH");

        unit("DNI-SNV", "Sở Nội vụ tỉnh Đồng Nai", "SNV", UnitKind.DEPARTMENT, "DNI-UBND");
        unit("DNI-SNV-VP", "Văn phòng Sở Nội vụ", "VP", UnitKind.OFFICE, "DNI-SNV");
        unit("DNI-SNV-XDCQ", "Phòng Xây dựng chính quyền và Công tác thanh niên", "XDCQ", UnitKind.DIVISION, "DNI-SNV");
        unit("DNI-SNV-TCBC", "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ", "TCBC", UnitKind.DIVISION, "DNI-SNV");

        unit("DNI-STP", "Sở Tư pháp tỉnh Đồng Nai", "STP", UnitKind.DEPARTMENT, "DNI-UBND");
        unit("DNI-STP-VP", "Văn phòng Sở Tư pháp", "VP", UnitKind.OFFICE, "DNI-STP");
        unit("DNI-STP-DU", "Đảng ủy Sở Tư pháp", "ĐU", UnitKind.PARTY_COMMITTEE, "DNI-STP");
        for (int cell = 1; cell <= 4; cell++) {
            unit("DNI-STP-CB" + cell, "Chi bộ " + cell, "CB" + cell, UnitKind.PARTY_CELL, "DNI-STP-DU");
        }

        unit("DNI-BH", "Thành phố Biên Hòa", null, UnitKind.DISTRICT, "DNI");
        unit("DNI-BH-QT", "Phường Quyết Thắng", null, UnitKind.COMMUNE, "DNI-BH");
        unit("DNI-BH-TB", "Phường Thanh Bình", null, UnitKind.COMMUNE, "DNI-BH");
        unitFrom("DNI-TRANBIEN", "Phường Trấn Biên", UnitKind.COMMUNE, "DNI", TWO_LEVEL_GOVERNMENT);
        unit("DNI-LONGKHANH", "Phường Long Khánh", null, UnitKind.COMMUNE, "DNI");
        unit("DNI-TRIAN", "Xã Trị An", null, UnitKind.COMMUNE, "DNI");

        unit("BPC", "Tỉnh Bình Phước", null, UnitKind.PROVINCE, "VN");
        unit("BPC-UBND", "Ủy ban nhân dân tỉnh Bình Phước", "UBND", UnitKind.PEOPLES_COMMITTEE, "BPC");
        unit("BPC-SNV", "Sở Nội vụ tỉnh Bình Phước", "SNV", UnitKind.DEPARTMENT, "BPC-UBND");
        unit("BPC-DONGXOAI", "Phường Đồng Xoài", null, UnitKind.COMMUNE, "BPC");

        unit("HCM", "Thành phố Hồ Chí Minh", null, UnitKind.PROVINCE, "VN");
        unit("HCM-UBND", "Ủy ban nhân dân Thành phố Hồ Chí Minh", "UBND", UnitKind.PEOPLES_COMMITTEE, "HCM");
        unit("HCM-SNV", "Sở Nội vụ Thành phố Hồ Chí Minh", "SNV", UnitKind.DEPARTMENT, "HCM-UBND");
        unit("BDG", "Tỉnh Bình Dương", null, UnitKind.PROVINCE, "VN");
        unit("BDG-UBND", "Ủy ban nhân dân tỉnh Bình Dương", "UBND", UnitKind.PEOPLES_COMMITTEE, "BDG");
        unit("BDG-SNV", "Sở Nội vụ tỉnh Bình Dương", "SNV", UnitKind.DEPARTMENT, "BDG-UBND");
        unit("BDG-THUDAUMOT", "Phường Thủ Dầu Một", null, UnitKind.COMMUNE, "BDG");

        unit("HTI", "Tỉnh Hà Tĩnh", null, UnitKind.PROVINCE, "VN");
        unit("HTI-UBND", "Ủy ban nhân dân tỉnh Hà Tĩnh", "UBND", UnitKind.PEOPLES_COMMITTEE, "HTI");
        unit("HTI-SLDTBXH", "Sở Lao động - Thương binh và Xã hội tỉnh Hà Tĩnh", "SLĐTBXH", UnitKind.DEPARTMENT, "HTI-UBND");
        unit("HTI-SLDTBXH-VP", "Văn phòng Sở", "VP", UnitKind.OFFICE, "HTI-SLDTBXH");
        unit("HTI-SNV", "Sở Nội vụ tỉnh Hà Tĩnh", "SNV", UnitKind.DEPARTMENT, "HTI-UBND");
        unit("NAN", "Tỉnh Nghệ An", null, UnitKind.PROVINCE, "VN");
        unit("NAN-UBND", "Ủy ban nhân dân tỉnh Nghệ An", "UBND", UnitKind.PEOPLES_COMMITTEE, "NAN");
        unit("NAN-SLDTBXH", "Sở Lao động – Thương binh và Xã hội tỉnh Nghệ An", "SLĐTBXH", UnitKind.DEPARTMENT, "NAN-UBND");
        unit("NAN-SNV", "Sở Nội vụ tỉnh Nghệ An", "SNV", UnitKind.DEPARTMENT, "NAN-UBND");

        staffAndLeaders();

        // 1 March 2025: the labour departments merge into the departments of home affairs (Nghị định 25/2025/NĐ-CP).
        merge("DNI-SNV", LABOUR_MERGER, "DNI-SLDTBXH");
        merge("HTI-SNV", LABOUR_MERGER, "HTI-SLDTBXH");
        merge("NAN-SNV", LABOUR_MERGER, "NAN-SLDTBXH");
        // 1 July 2025: two-level local government — districts abolished, wards merged, provinces merged (NQ 202/2025/QH15).
        merge("DNI-TRANBIEN", TWO_LEVEL_GOVERNMENT, "DNI-BH-QT", "DNI-BH-TB");
        org.dissolve(system, units.get("DNI-BH"), TWO_LEVEL_GOVERNMENT);
        merge("DNI-SNV", TWO_LEVEL_GOVERNMENT, "BPC-SNV");
        merge("DNI-UBND", TWO_LEVEL_GOVERNMENT, "BPC-UBND");
        merge("DNI", TWO_LEVEL_GOVERNMENT, "BPC");
        merge("HCM-SNV", TWO_LEVEL_GOVERNMENT, "BDG-SNV");
        merge("HCM-UBND", TWO_LEVEL_GOVERNMENT, "BDG-UBND");
        merge("HCM", TWO_LEVEL_GOVERNMENT, "BDG");
    }

    private void staffAndLeaders() {
        LocalDate designated = LocalDate.of(2024, 1, 15);
        leader("DNI-BDVTU", "Nguyễn Thị Thu Hà", "Phó Trưởng ban", designated);
        leader("DNI-SLDTBXH", "Trần Văn Phúc", "Phó Giám đốc", LocalDate.of(2016, 1, 4));
        leader("DNI-SLDTBXH-VP", "Lê Thị Mỹ Duyên", "Chánh Văn phòng", designated);
        leader("DNI-SLDTBXH-LDVL", "Phạm Quốc Bảo", "Trưởng phòng", designated);
        leader("DNI-SLDTBXH-NCC", "Võ Thị Ngọc Lan", "Phó Trưởng phòng", designated);
        staff("DNI-SLDTBXH-BTXH", "Đặng Minh Tuấn", "Chuyên viên");
        leader("DNI-SNV", "Hoàng Anh Dũng", "Phó Giám đốc", designated);
        leader("DNI-SNV-VP", "Bùi Thị Hồng Nhung", "Chánh Văn phòng", designated);
        leader("DNI-SNV-XDCQ", "Ngô Thanh Sơn", "Trưởng phòng", designated);
        staff("DNI-SNV-XDCQ", "Đỗ Thị Kim Oanh", "Chuyên viên");
        staff("DNI-SNV-VP", "Lý Văn Hùng", "Văn thư");
        leader("DNI-STP", "Phan Minh Châu", "Phó Giám đốc", designated);
        leader("DNI-STP-DU", "Huỳnh Văn Khoa", "Phó Bí thư Đảng ủy", designated);
        leader("HTI-SLDTBXH", "Đinh Văn Lực", "Phó Giám đốc", LocalDate.of(2024, 10, 1));
        leader("HTI-SNV", "Trương Thị Hằng", "Phó Giám đốc", designated);
        staff("DNI-UBND", "Mai Văn Thắng", "Chuyên viên Ban Tiếp công dân");
        staff("DNI-UBND", "Hồ Thị Thanh Tâm", "Thanh tra viên");
    }

    private void loadAccounts() {
        String password = password();
        account("quantri.dongnai", "Quản trị Tỉnh Đồng Nai", "DNI", Role.UNIT_ADMIN, password);
        account("lanhdao.snv", "Hoàng Anh Dũng", "DNI-SNV", Role.LEADER, password);
        account("chuyenvien.snv", "Đỗ Thị Kim Oanh", "DNI-SNV-XDCQ", Role.SPECIALIST, password);
        account("vanphong.snv", "Bùi Thị Hồng Nhung", "DNI-SNV-VP", Role.COORDINATING_OFFICE, password);
        account("vanthu.snv", "Lý Văn Hùng", "DNI-SNV-VP", Role.CLERK, password);
        account("tiepdan.dongnai", "Mai Văn Thắng", "DNI-UBND", Role.RECEPTION_OFFICER, password);
        account("thanhtra.dongnai", "Hồ Thị Thanh Tâm", "DNI-UBND", Role.INSPECTOR, password);
        account("thidua.dongnai", "Nguyễn Thị Thu Hà", "DNI-BDVTU", Role.EMULATION_COUNCIL, password);
        account("quantri.hatinh", "Quản trị Tỉnh Hà Tĩnh", "HTI", Role.UNIT_ADMIN, password);
        if (administrator.knownPassword().isEmpty()) {
            System.out.println("Danvan demo accounts (quantri.dongnai, lanhdao.snv, chuyenvien.snv, vanphong.snv, vanthu.snv, "
                    + "tiepdan.dongnai, thanhtra.dongnai, thidua.dongnai, quantri.hatinh) share the password: " + password);
        }
    }

    private void unit(String code, String name, String shortName, UnitKind kind, String parent) {
        units.put(code, org.establish(system, new NewUnit(code, name, shortName, kind, units.get(parent), null, null)));
    }

    private void unitFrom(String code, String name, UnitKind kind, String parent, LocalDate from) {
        units.put(code, org.establish(system, new NewUnit(code, name, null, kind, units.get(parent), from, null)));
    }

    private void merge(String target, LocalDate on, String... sources) {
        org.merge(system, new Merger(List.of(sources).stream().map(units::get).toList(), units.get(target), on, true));
    }

    private void leader(String unit, String name, String position, LocalDate from) {
        UUID staffId = staff(unit, name, position);
        org.designateLeader(system, units.get(unit), staffId, from);
    }

    private UUID staff(String unit, String name, String position) {
        return org.addStaff(system, units.get(unit), new StaffDetails(name, position, null, null));
    }

    private void account(String username, String displayName, String unit, Role role, String password) {
        if (accounts.exists(username)) {
            return;
        }
        accounts.openDemoAccount(username, displayName, units.get(unit), password, List.of(new RoleGrant(role, units.get(unit))));
    }

    /** The password all demo accounts share: the administrator's when it is known, else one generated for this start. */
    synchronized String password() {
        if (password == null) {
            password = administrator.knownPassword().orElseGet(DemoData::generatedPassword);
        }
        return password;
    }

    private static String generatedPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder("Demo-");
        for (int i = 0; i < 10; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.append(random.nextInt(10)).toString();
    }
}
