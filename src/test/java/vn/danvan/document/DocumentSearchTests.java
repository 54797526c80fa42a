package vn.danvan.document;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.PageOf;
import vn.danvan.shared.Paging;
import vn.danvan.shared.Role;
import vn.danvan.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentSearchTests extends IntegrationTest {

    @Autowired
    DocumentRegistry registry;
    @Autowired
    DocumentSearch search;

    UUID department;
    Actor clerk;
    String marker;

    @BeforeEach
    void department() {
        department = unit("Sở Văn hóa", UnitKind.DEPARTMENT, province("Tỉnh Tìm"));
        clerk = actor(Role.CLERK, department);
        marker = "mahieu" + DocumentRegistryTests.serial();
    }

    UUID register(String title, String text) {
        return registry.register(clerk, new NewDocument(department, DocumentDirection.INCOMING, new DocumentFields(
                DocumentRegistryTests.serial() + "/KH-SVH", "KH", "Kế hoạch", "Sở Văn hóa tỉnh Đồng Nai", "SVH", null,
                LocalDate.of(2024, 1, 2), title, null, null, null, null, false), text, null, null));
    }

    @Test
    void findsWordsWithoutDiacriticsAcrossTitleIssuerAndTextWithHighlights() {
        UUID id = register("Phong trào Dân vận khéo năm 2024 " + marker, "Các đơn vị đăng ký mô hình “Dân vận khéo” <script>x</script>.");

        PageOf<SearchHit> hits = search.search(clerk, "dan van kheo " + marker, Paging.of(0, 10));

        assertThat(hits.items()).extracting(SearchHit::id).containsExactly(id);
        SearchHit hit = hits.items().get(0);
        assertThat(hit.titleHighlight()).contains("<mark>Dân</mark> <mark>vận</mark> <mark>khéo</mark>");
        assertThat(hit.textHighlight()).contains("<mark>khéo</mark>").contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(search.search(clerk, "DONG NAI " + marker, Paging.of(0, 10)).items()).extracting(SearchHit::id).containsExactly(id);
        assertThat(search.search(clerk, "dong thap " + marker, Paging.of(0, 10)).items()).isEmpty();
    }

    @Test
    void findsTheSymbolAndOnlyDocumentsOfUnitsTheReaderSees() {
        UUID id = register("Kế hoạch " + marker, "Nội dung.");
        String symbol = registry.view(clerk, id).symbol();
        Actor stranger = actor(Role.LEADER, unit("Sở khác", UnitKind.DEPARTMENT, province("Tỉnh Khác")));

        assertThat(search.search(clerk, symbol, Paging.of(0, 10)).items()).extracting(SearchHit::id).first().isEqualTo(id);
        assertThat(search.search(stranger, marker, Paging.of(0, 10)).items()).isEmpty();
        assertThat(search.search(actor(Role.SPECIALIST, department), marker, Paging.of(0, 10)).items())
                .extracting(SearchHit::id).containsExactly(id);
    }

    @Test
    void followsCorrectionsAfterTheyCommit() {
        UUID id = register("Kế hoạch cũ " + marker, "Nội dung.");
        DocumentView view = registry.view(clerk, id);
        registry.amend(clerk, id, new DocumentFields(view.symbol(), "KH", "Kế hoạch", view.issuer(), "SVH", null,
                view.issuedOn(), "Kế hoạch tuyên truyền " + marker, null, null, null, null, false), view.version());

        assertThat(search.search(clerk, "tuyen truyen " + marker, Paging.of(0, 10)).items()).extracting(SearchHit::id)
                .containsExactly(id);
        assertThat(search.search(clerk, "cu " + marker, Paging.of(0, 10)).items()).isEmpty();
    }
}
