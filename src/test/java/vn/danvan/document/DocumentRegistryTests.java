package vn.danvan.document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.org.UnitKind;
import vn.danvan.shared.AccessDenied;
import vn.danvan.shared.Actor;
import vn.danvan.shared.ConcurrentChange;
import vn.danvan.shared.DataDirectory;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.Paging;
import vn.danvan.shared.Role;
import vn.danvan.shared.RuleViolated;
import vn.danvan.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentRegistryTests extends IntegrationTest {

    @Autowired
    DocumentRegistry registry;
    @Autowired
    DataDirectory data;

    UUID department;
    Actor clerk;

    @BeforeEach
    void department() {
        UUID province = province("Tỉnh Thử");
        department = unit("Sở Nội vụ", UnitKind.DEPARTMENT, unit("Ủy ban nhân dân tỉnh", UnitKind.PEOPLES_COMMITTEE, province));
        clerk = actor(Role.CLERK, department);
    }

    static int serial() {
        return ThreadLocalRandom.current().nextInt(1000, 99999);
    }

    static String plan(String ownSymbol, String basis, String body) {
        return "ỦY BAN NHÂN DÂN TỈNH\nSỞ NỘI VỤ\n\nSố: " + ownSymbol + "\n\nĐồng Nai, ngày 05 tháng 3 năm 2024\n\nKẾ HOẠCH\n"
                + "Thực hiện công tác dân vận năm 2024\n\nCăn cứ " + basis + ";\n\nSở Nội vụ xây dựng Kế hoạch như sau:\n\n"
                + "I. Mục đích, yêu cầu\n\n1. " + body + "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nNguyễn Văn A\n";
    }

    static DocumentFields fields(String symbol, LocalDate issuedOn, String title) {
        return new DocumentFields(symbol, "KH", "Kế hoạch", "Sở Nội vụ tỉnh Thử", "SNV", "Đồng Nai", issuedOn, title,
                "Nguyễn Văn A", null, "Giám đốc", null, false);
    }

    UUID register(String symbol, LocalDate issuedOn, String text) {
        return registry.register(clerk, new NewDocument(department, DocumentDirection.INCOMING,
                fields(symbol, issuedOn, "Văn bản " + symbol), text, null, null));
    }

    @Test
    void registersAPastedSeedWithItsParticularsAndCitations() throws Exception {
        String seed = Files.readString(Path.of("src/main/resources/demo/documents/000_6b076b1f970a0aef.txt"));
        DocumentDraft draft = registry.read(seed);
        assertThat(draft.fields().symbol()).isEqualTo("22/KH-LĐTBXH");
        assertThat(draft.citations()).extracting(CitedDocument::symbol).contains("06-CTr/TU", "25-NQ/TW");

        UUID id = registry.register(clerk, new NewDocument(department, DocumentDirection.INCOMING, draft.fields(), seed,
                null, null));

        DocumentView view = registry.view(clerk, id);
        assertThat(view.symbol()).isEqualTo("22/KH-LĐTBXH");
        assertThat(view.issuedOn()).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThat(view.status()).isEqualTo(DocumentStatus.REGISTERED);
        assertThat(registry.text(clerk, id)).contains("Dân vận khéo");
        DocumentScheme scheme = registry.scheme(clerk, id);
        assertThat(group(scheme, DocumentRelation.BASED_ON, true)).extracting(DocumentScheme.Related::symbol)
                .contains("06-CTr/TU", "09-CTr/BCĐ");
        assertThat(group(scheme, DocumentRelation.CITES, true)).extracting(DocumentScheme.Related::symbol)
                .contains("25-NQ/TW", "18/2000/CT-TTg");
    }

    @Test
    void aCitedDocumentBecomesAStubThatMergesIntoTheRealOneWithItsLinks() {
        int n = serial();
        String cited = n + "-CTr/TU";
        UUID plan = register(serial() + "/KH-SNV", LocalDate.of(2024, 3, 5),
                plan("x", "Chương trình số " + cited + " ngày 06/01/2016 của Tỉnh ủy về công tác dân vận", "Nội dung."));
        DocumentScheme.Related stub = group(registry.scheme(clerk, plan), DocumentRelation.BASED_ON, true).stream()
                .filter(r -> r.symbol().equals(cited)).findFirst().orElseThrow();
        assertThat(stub.isStub()).isTrue();
        assertThat(registry.view(clerk, stub.id()).isStub()).isTrue();

        UUID real = register(cited, LocalDate.of(2016, 1, 6), "Chương trình công tác dân vận năm 2016.");

        assertThat(registry.find(clerk, stub.id())).isEmpty();
        assertThat(group(registry.scheme(clerk, plan), DocumentRelation.BASED_ON, true))
                .extracting(DocumentScheme.Related::id).contains(real).doesNotContain(stub.id());
        assertThat(group(registry.scheme(clerk, real), DocumentRelation.BASED_ON, false))
                .extracting(DocumentScheme.Related::id).containsExactly(plan);
    }

    @Test
    void aStubOfAnotherYearDoesNotMerge() {
        String cited = serial() + "-CTr/TU";
        UUID plan = register(serial() + "/KH-SNV", LocalDate.of(2024, 3, 5),
                plan("x", "Chương trình số " + cited + " ngày 06/01/2016 của Tỉnh ủy", "Nội dung."));
        UUID other = register(cited, LocalDate.of(2021, 1, 6), "Một chương trình khác cùng số, năm khác.");

        DocumentScheme.Related target = group(registry.scheme(clerk, plan), DocumentRelation.BASED_ON, true).get(0);
        assertThat(target.id()).isNotEqualTo(other);
        assertThat(target.isStub()).isTrue();
    }

    @Test
    void replacingADocumentEndsItsForceFromTheEffectiveDate() {
        String oldSymbol = serial() + "/QĐ-UBND";
        UUID old = register(oldSymbol, LocalDate.of(2019, 5, 1), "Quy chế cũ.");
        UUID replacing = register(serial() + "/QĐ-UBND", LocalDate.of(2024, 5, 1), "Quy chế mới.");

        registry.relate(clerk, replacing, DocumentRelation.REPLACES, null, oldSymbol, LocalDate.of(2024, 6, 1));

        DocumentView replaced = registry.view(clerk, old);
        assertThat(replaced.expiredOn()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(replaced.isExpiredOn(LocalDate.of(2024, 5, 31))).isFalse();
        assertThat(replaced.isExpiredOn(LocalDate.of(2024, 6, 1))).isTrue();
        assertThat(group(registry.scheme(clerk, old), DocumentRelation.REPLACES, false))
                .extracting(DocumentScheme.Related::id).containsExactly(replacing);
        assertThat(group(registry.scheme(clerk, replacing), DocumentRelation.REPLACES, true))
                .extracting(DocumentScheme.Related::effectiveOn).containsExactly(LocalDate.of(2024, 6, 1));
        assertThatThrownBy(() -> registry.relate(clerk, replacing, DocumentRelation.CITES, old, null, LocalDate.of(2024, 6, 1)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> registry.relate(clerk, replacing, DocumentRelation.AMENDS, replacing, null, LocalDate.of(2024, 6, 1)))
                .isInstanceOf(RuleViolated.class);
    }

    @Test
    void documentsAreReadOnlyWithinTheUnitsOfTheReaderAndRegisteredOnlyByClerks() {
        UUID id = register(serial() + "/KH-SNV", LocalDate.of(2024, 3, 5), "Kế hoạch nội bộ.");
        Actor colleague = actor(Role.SPECIALIST, department);
        Actor stranger = actor(Role.CLERK, unit("Sở khác", UnitKind.DEPARTMENT, province("Tỉnh Khác")));

        assertThat(registry.view(colleague, id).id()).isEqualTo(id);
        assertThat(registry.find(stranger, id)).isEmpty();
        assertThat(registry.list(stranger, DocumentFilter.none(), Paging.of(0, 500)).items())
                .extracting(DocumentView::id).doesNotContain(id);
        assertThat(registry.list(colleague, DocumentFilter.none(), Paging.of(0, 500)).items())
                .extracting(DocumentView::id).contains(id);
        assertThatThrownBy(() -> registry.register(colleague, new NewDocument(department, DocumentDirection.INCOMING,
                fields("1/KH-SNV", null, "Thử"), "Nội dung", null, null))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> registry.amend(stranger, id, fields("1/KH-SNV", null, "Thử"), null))
                .isInstanceOf(DocumentNotFound.class);
    }

    @Test
    void listsFilterByDirectionTypeIssuerYearAndRelation() {
        String symbol = serial() + "/TB-SNV";
        UUID id = registry.register(clerk, new NewDocument(department, DocumentDirection.REFERENCE,
                new DocumentFields(symbol, "TB", "Thông báo", "Sở Nội vụ tỉnh Thử", "SNV", null, LocalDate.of(2023, 4, 2),
                        "Thông báo kết luận", null, null, null, null, false), "Thông báo.", null, null));
        Paging all = Paging.of(0, 500);
        assertThat(registry.list(clerk, new DocumentFilter(DocumentDirection.REFERENCE, "tb", "Nội vụ", 2023, null), all)
                .items()).extracting(DocumentView::id).containsExactly(id);
        assertThat(registry.list(clerk, new DocumentFilter(null, null, "so noi vu tinh thu", null, null), all).items())
                .extracting(DocumentView::id).containsExactly(id);
        assertThat(registry.list(clerk, new DocumentFilter(null, null, "SỞ NỘI VỤ", null, null), all).items())
                .extracting(DocumentView::id).contains(id);
        assertThat(registry.list(clerk, new DocumentFilter(null, null, "snv", null, null), all).items())
                .extracting(DocumentView::id).contains(id);
        assertThat(registry.list(clerk, new DocumentFilter(DocumentDirection.INCOMING, null, null, null, null), all).items())
                .extracting(DocumentView::id).doesNotContain(id);
        assertThat(registry.list(clerk, new DocumentFilter(null, null, null, 2022, null), all).items())
                .extracting(DocumentView::id).doesNotContain(id);
        assertThat(registry.list(clerk, new DocumentFilter(null, null, null, null, DocumentRelation.REPLACES), all).items())
                .extracting(DocumentView::id).doesNotContain(id);
    }

    @Test
    void aStaleEditIsRefusedAndNothingChanges() {
        UUID id = register(serial() + "/KH-SNV", LocalDate.of(2024, 3, 5), "Kế hoạch.");
        DocumentView read = registry.view(clerk, id);
        registry.amend(clerk, id, fields(read.symbol(), read.issuedOn(), "Trích yếu đã sửa"), read.version());

        assertThatThrownBy(() -> registry.amend(clerk, id, fields(read.symbol(), read.issuedOn(), "Sửa đè"), read.version()))
                .isInstanceOf(ConcurrentChange.class);
        assertThat(registry.view(clerk, id).title()).isEqualTo("Trích yếu đã sửa");
    }

    @Test
    void keepsTheUploadedOriginalWithItsSha256AndSniffedType() throws Exception {
        byte[] content = plan(serial() + "/KH-SNV", "Luật số 10/2022/QH15", "Nội dung tải lên.").getBytes(StandardCharsets.UTF_8);
        DocumentDraft draft = registry.read(content, "ke-hoach.pdf", true);
        assertThat(draft.fileType()).isEqualTo("TEXT");

        UUID id = registry.register(clerk, new NewDocument(department, DocumentDirection.INCOMING,
                fields(serial() + "/KH-SNV", null, "Tải lên"), null, draft.sha256(), draft.fileName()));

        DocumentView view = registry.view(clerk, id);
        assertThat(view.fileSha256()).isEqualTo(OriginalFiles.sha256(content)).hasSize(64);
        assertThat(view.fileSize()).isEqualTo(content.length);
        assertThat(view.fileName()).isEqualTo("ke-hoach.pdf");
        assertThat(data.dir().resolve("documents/originals/" + view.fileSha256())).exists();
        assertThat(registry.original(clerk, id)).isEqualTo(content);
        assertThat(registry.text(clerk, id)).contains("Nội dung tải lên.");
    }

    static List<DocumentScheme.Related> group(DocumentScheme scheme, DocumentRelation relation, boolean forward) {
        return scheme.groups().stream().filter(g -> g.relation() == relation && g.forward() == forward)
                .flatMap(g -> g.documents().stream()).toList();
    }
}
