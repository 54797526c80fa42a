package vn.danvan.org;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;
import vn.danvan.shared.TooLarge;
import vn.danvan.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class UnitImportTests extends IntegrationTest {

    private UUID province;
    private String provinceCode;
    private Actor admin;

    @org.springframework.beans.factory.annotation.Autowired
    private UnitImport imports;

    @BeforeEach
    void aProvinceAndItsAdministrator() {
        province = province("Tỉnh Nhập Tệp");
        provinceCode = orgStructure.find(province).orElseThrow().code();
        admin = actor(Role.UNIT_ADMIN, province);
    }

    @Test
    void importsACsvWithChildrenBeforeOrAfterTheirParents() {
        String sở = unique("S");
        String phòng = unique("P");
        String csv = "code;name;short_name;kind;parent_code;valid_from;valid_to\n"
                + phòng + ";Phòng Tổng hợp;;Phòng;" + sở + ";01/01/2024;\n"
                + sở + ";\"Sở Nội vụ; tỉnh Nhập Tệp\";SNV;Sở;" + provinceCode + ";;\n";
        UnitImport.ImportReport report = imports.importUnits(admin, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).isEqualTo(2);
        UnitSummary department = orgStructure.findByCode(sở).orElseThrow();
        assertThat(department.name()).isEqualTo("Sở Nội vụ; tỉnh Nhập Tệp");
        assertThat(department.kind()).isEqualTo(UnitKind.DEPARTMENT);
        assertThat(orgStructure.findByCode(phòng).orElseThrow().parentId()).isEqualTo(department.id());
    }

    @Test
    void reportsEveryBadRowAndImportsNothing() {
        String good = unique("G");
        String existing = orgStructure.find(unit("Sở Đã Có", UnitKind.DEPARTMENT, province)).orElseThrow().code();
        String csv = "code,name,short_name,kind,parent_code,valid_from,valid_to\n"
                + good + ",Phòng Tốt,,DIVISION," + provinceCode + ",,\n"
                + existing + ",Trùng mã,,DIVISION," + provinceCode + ",,\n"
                + unique("B") + ",,,DIVISION," + provinceCode + ",,\n"
                + unique("B") + ",Loại lạ,,lâu đài," + provinceCode + ",,\n"
                + unique("B") + ",Cha lạ,,DIVISION,KHONG-CO,,\n"
                + unique("B") + ",Ngày sai,,DIVISION," + provinceCode + ",31/02/2025,\n"
                + unique("B") + ",Tỉnh trong tỉnh,,PROVINCE," + provinceCode + ",,\n";
        long before = jdbc.sql("select count(*) from org_unit").query(Long.class).single();
        UnitImport.ImportReport report = imports.importUnits(admin, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(report.imported()).isZero();
        assertThat(report.problems()).extracting(UnitImport.RowProblem::row, UnitImport.RowProblem::column, UnitImport.RowProblem::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "code", "org.import.code-exists"),
                        org.assertj.core.groups.Tuple.tuple(4, "name", "org.import.required"),
                        org.assertj.core.groups.Tuple.tuple(5, "kind", "org.import.kind-unknown"),
                        org.assertj.core.groups.Tuple.tuple(6, "parent_code", "org.import.parent-unknown"),
                        org.assertj.core.groups.Tuple.tuple(7, "valid_from", "org.import.date-invalid"),
                        org.assertj.core.groups.Tuple.tuple(8, "kind", "org.import.kind-not-allowed"));
        assertThat(jdbc.sql("select count(*) from org_unit").query(Long.class).single()).isEqualTo(before);
        assertThat(orgStructure.findByCode(good)).isEmpty();
    }

    @Test
    void importsTheFirstSheetOfAnXlsxWorkbookWithRealDates() throws Exception {
        String code = unique("X");
        byte[] workbook = workbook(List.of(List.of("Mã đơn vị", "Tên đơn vị", "Loại", "Mã đơn vị cha", "Hiệu lực từ"),
                List.of(code, "Trung tâm Dịch vụ việc làm", "Đơn vị sự nghiệp", provinceCode, "DATE")), false);
        UnitImport.ImportReport report = imports.importUnits(admin, workbook);
        assertThat(report.problems()).isEmpty();
        assertThat(orgStructure.findByCode(code).orElseThrow().validFrom()).isEqualTo(java.time.LocalDate.of(2025, 7, 1));
    }

    @Test
    void refusesFormulasWithTheCellWhereTheyAre() throws Exception {
        byte[] workbook = workbook(List.of(List.of("code", "name", "kind", "parent_code"),
                List.of(unique("F"), "Công thức", "DIVISION", provinceCode)), true);
        UnitImport.ImportReport report = imports.importUnits(admin, workbook);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("table.formula-not-allowed");
            assertThat(p.row()).isEqualTo(2);
        });
    }

    @Test
    void refusesFilesThatAreNotTables() {
        assertThat(imports.check(admin, new byte[] { 0, 1, 2, (byte) 0xff, (byte) 0xfe }).problems())
                .extracting(UnitImport.RowProblem::code).containsExactly("table.not-utf8");
        assertThat(imports.check(admin, "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1)).problems())
                .extracting(UnitImport.RowProblem::code).containsExactly("table.unreadable");
        assertThat(imports.check(admin, "name,kind\nA,B\n".getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(UnitImport.RowProblem::code).contains("org.import.column-missing");
        assertThat(imports.check(admin, new byte[0]).problems()).extracting(UnitImport.RowProblem::code).containsExactly("table.empty");
        assertThatThrownBy(() -> imports.check(admin, new byte[UnitImport.MAX_BYTES + 1])).isInstanceOf(TooLarge.class);
    }

    @Test
    void refusesParentsOutsideTheAdministratorsUnits() {
        UUID other = province("Tỉnh Không Được Nhập");
        String otherCode = orgStructure.find(other).orElseThrow().code();
        String csv = "code,name,kind,parent_code\n" + unique("O") + ",Phòng lén,DIVISION," + otherCode + "\n";
        assertThat(imports.importUnits(admin, csv.getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(UnitImport.RowProblem::code).containsExactly("org.import.parent-unknown");
    }

    @Test
    void answersTheApiWith422AndTheRowReport() throws Exception {
        String csv = "code,name,kind,parent_code\n" + unique("A") + ",,DIVISION," + provinceCode + "\n";
        mvc.perform(multipart("/api/v1/org-units/import").file(new MockMultipartFile("file", "units.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).with(as(admin)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].row").value(2))
                .andExpect(jsonPath("$.problems[0].column").value("name"));
    }

    private static byte[] workbook(List<List<String>> rows, boolean formula) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Đơn vị");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    var cell = row.createCell(c);
                    if ("DATE".equals(value)) {
                        cell.setCellValue(java.time.LocalDate.of(2025, 7, 1));
                        cell.setCellStyle(dateStyle);
                    } else {
                        cell.setCellValue(value);
                    }
                }
                if (formula && r == 1) {
                    row.createCell(rows.get(r).size()).setCellFormula("1+1");
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
