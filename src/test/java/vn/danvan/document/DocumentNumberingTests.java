package vn.danvan.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.org.NewUnit;
import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.Role;
import vn.danvan.shared.RuleViolated;
import vn.danvan.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentNumberingTests extends IntegrationTest {

    @Autowired
    DocumentRegistry registry;
    @Autowired
    DocumentNumbering numbering;
    @Autowired
    Clock clock;

    UUID issuer;
    Actor clerk;

    @BeforeEach
    void issuer() {
        UUID province = province("Tỉnh Số");
        issuer = orgManagement.establish(SYSTEM, new NewUnit(unique("T"), "Sở Nội vụ", "SNV", UnitKind.DEPARTMENT,
                unit("UBND tỉnh", UnitKind.PEOPLES_COMMITTEE, province), null, null));
        clerk = actor(Role.CLERK, issuer);
    }

    UUID draft(String typeCode, boolean confidential, String signer) {
        return registry.register(clerk, new NewDocument(issuer, DocumentDirection.OUTGOING, new DocumentFields(null,
                typeCode, null, "Sở Nội vụ", null, "Đồng Nai", null, "Văn bản đi", signer, "KT.", "Phó Giám đốc", null,
                confidential), "Nội dung văn bản đi.", null, null));
    }

    @Test
    void issuesConsecutiveNumbersInOneSharedSeriesAndNeverTwice() {
        UUID first = draft("KH", false, "Trần Văn B");
        UUID second = draft("TB", false, "Trần Văn B");
        assertThat(registry.view(clerk, first).status()).isEqualTo(DocumentStatus.DRAFT);

        assertThat(numbering.issue(clerk, first)).isEqualTo("01/KH-SNV");
        assertThat(numbering.issue(clerk, second)).isEqualTo("02/TB-SNV");

        DocumentView issued = registry.view(clerk, first);
        assertThat(issued.status()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(issued.number()).isEqualTo("01");
        assertThat(issued.issuedOn()).isEqualTo(LocalDate.now(clock));
        assertThatThrownBy(() -> numbering.issue(clerk, first)).isInstanceOf(RuleViolated.class);
        assertThat(registry.view(clerk, first).symbol()).isEqualTo("01/KH-SNV");
    }

    @Test
    void perTypeSeriesConfidentialSeriesAndUnsignedDrafts() {
        numbering.configure(clerk, issuer, NumberingScheme.STATE_PER_TYPE, null);
        assertThat(numbering.issue(clerk, draft("KH", false, "B"))).isEqualTo("01/KH-SNV");
        assertThat(numbering.issue(clerk, draft("TB", false, "B"))).isEqualTo("01/TB-SNV");
        assertThat(numbering.issue(clerk, draft("KH", false, "B"))).isEqualTo("02/KH-SNV");
        assertThat(numbering.issue(clerk, draft("KH", true, "B"))).isEqualTo("01/KH-SNV");
        assertThat(numbering.issue(clerk, draft("KH", false, "B"))).isEqualTo("03/KH-SNV");
        assertThatThrownBy(() -> numbering.issue(clerk, draft("KH", false, null))).isInstanceOf(RuleViolated.class);
        assertThatThrownBy(() -> numbering.issue(actor(Role.SPECIALIST, issuer), draft("KH", false, "B")))
                .isInstanceOf(vn.danvan.shared.AccessDenied.class);
    }

    @Test
    void partyDocumentsAreNumberedPerTypeWithinTheTerm() {
        UUID committee = orgManagement.establish(SYSTEM, new NewUnit(unique("T"), "Đảng ủy Sở", "ĐU",
                UnitKind.PARTY_COMMITTEE, issuer, null, null));
        Actor partyClerk = actor(Role.CLERK, committee);
        assertThat(numbering.rule(partyClerk, committee).scheme()).isEqualTo(NumberingScheme.PARTY);
        UUID cv = registry.register(partyClerk, new NewDocument(committee, DocumentDirection.OUTGOING, new DocumentFields(
                null, "CV", null, null, null, null, null, "Công văn", "Huỳnh Văn K", "T/M", null, null, true), "Nội dung.", null, null));
        assertThatThrownBy(() -> numbering.issue(partyClerk, cv)).isInstanceOf(RuleViolated.class);
        assertThatThrownBy(() -> numbering.configure(partyClerk, committee, NumberingScheme.PARTY, " "))
                .isInstanceOf(InvalidInput.class);

        numbering.configure(partyClerk, committee, NumberingScheme.PARTY, "2025-2030");

        assertThat(numbering.issue(partyClerk, cv)).isEqualTo("01-CV/ĐU");
        UUID second = registry.register(partyClerk, new NewDocument(committee, DocumentDirection.OUTGOING, new DocumentFields(
                null, "CV", null, null, null, null, null, "Công văn", "Huỳnh Văn K", null, null, null, false), "Nội dung.", null, null));
        assertThat(numbering.issue(partyClerk, second)).isEqualTo("02-CV/ĐU");
    }

    @Test
    void sixtyFourConcurrentIssuesInOneSeriesGetSixtyFourConsecutiveNumbers() throws Exception {
        List<UUID> drafts = IntStream.range(0, 64).mapToObj(i -> draft("KH", false, "Trần Văn B")).toList();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<String>> issues = new ArrayList<>();
            drafts.forEach(id -> issues.add(() -> numbering.issue(clerk, id)));
            List<String> symbols = new ArrayList<>();
            for (Future<String> issued : pool.invokeAll(issues)) {
                symbols.add(issued.get());
            }
            assertThat(symbols).doesNotHaveDuplicates().hasSize(64);
            assertThat(symbols.stream().map(s -> Integer.parseInt(s.substring(0, s.indexOf('/')))).sorted().toList())
                    .isEqualTo(IntStream.rangeClosed(1, 64).boxed().toList());
            assertThat(jdbc.sql("select count(distinct number) from document_record where unit_id = ? and status = 'ISSUED'")
                    .param(issuer).query(Integer.class).single()).isEqualTo(64);
        } finally {
            pool.shutdownNow();
        }
    }
}
