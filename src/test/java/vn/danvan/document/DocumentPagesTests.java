package vn.danvan.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.DataDirectory;
import vn.danvan.shared.Role;
import vn.danvan.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The registry's pages with the bad input of the issue: each gets the form back with a clear Vietnamese message,
 * nothing registered, nothing held aside, never a server error; text shown back is escaped.
 */
class DocumentPagesTests extends IntegrationTest {

    @Autowired
    DataDirectory data;

    UUID department;
    Actor clerk;

    @BeforeEach
    void department() {
        department = unit("Sở Tư pháp", UnitKind.DEPARTMENT, province("Tỉnh Trang"));
        clerk = actor(Role.CLERK, department);
    }

    @Test
    void emptyTextIsRefusedWithAMessage() throws Exception {
        refused(reading().param("text", "   \n  "), "Văn bản trống");
    }

    @Test
    void pastedBinaryJunkIsRefusedWithAMessage() throws Exception {
        refused(reading().param("text", "\u0001\u0002\u0003\u0000\u0004\u0005\u0006\u0007\u0008\u000e\u000f"),
                "không phải là văn bản");
    }

    @Test
    void uploadedBinaryJunkIsRefusedWithAMessage() throws Exception {
        byte[] junk = new byte[4096];
        new java.util.Random(11).nextBytes(junk);
        junk[0] = 0;
        refused(upload("van-ban.pdf", junk), "Không nhận ra loại tệp");
    }

    @Test
    void aSixtyMegabyteUploadIsRefusedWithAMessage() throws Exception {
        byte[] huge = ("Kế hoạch số 12/KH-STP\n" + "dân vận khéo ".repeat(5 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        assertThat(huge.length).isGreaterThan(60 * 1024 * 1024);
        refused(upload("lon.txt", huge), "vượt quá dung lượng cho phép");
    }

    @Test
    void aCorruptDocxIsRefusedWithAMessage() throws Exception {
        byte[] docx = docx("Kế hoạch số 12/KH-STP về công tác dân vận");
        byte[] corrupt = java.util.Arrays.copyOf(docx, docx.length / 2);
        refused(upload("hong.docx", corrupt), "Tệp bị hỏng");
        refused(upload("gia.docx", "PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1)), "Tệp bị hỏng");
    }

    @Test
    void aZipBombDocxIsRefusedWithAMessage() throws Exception {
        refused(upload("bom.docx", DocumentApiTests.zipBomb()), "quá lớn khi giải nén");
    }

    @Test
    void anHtmlPageWithScriptsIsReadWithoutTheScriptsAndShownEscaped() throws Exception {
        String page = "<!DOCTYPE html><html><head><script>alert('x')</script></head><body><nav>Trang chủ</nav>"
                + "<p>Kế hoạch số 12/KH-UBND</p><p>Nội dung &lt;script&gt;alert(2)&lt;/script&gt; <img src=x onerror=alert(1)></p>"
                + "<script>document.write('chèn')</script></body></html>";
        long before = documents();
        mvc.perform(upload("trang.html", page.getBytes(StandardCharsets.UTF_8))).andExpect(status().isOk())
                .andExpect(content().string(containsString("12/KH-UBND")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("alert('x')"))))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(not(containsString("document.write"))));
        mvc.perform(post("/documents/read").with(as(clerk)).with(csrf()).param("unitId", department.toString())
                .param("text", "Kế hoạch số 13/KH-UBND <script>alert(3)</script>"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("<script>alert(3)"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(3)")));
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void listFiltersByIssuerWithoutDiacritics() throws Exception {
        String symbol = DocumentRegistryTests.serial() + "/KH-STP";
        mvc.perform(post("/documents").with(as(clerk)).with(csrf()).param("unitId", department.toString())
                .param("direction", "INCOMING").param("symbol", symbol).param("title", "Kế hoạch dân vận")
                .param("issuer", "Sở Tư pháp tỉnh Trang").param("issuedOn", "2025-03-04")
                .param("text", DocumentRegistryTests.plan(symbol, "Luật số 10/2022/QH15", "Nội dung.")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/documents").with(as(clerk)).param("issuer", "so tu phap"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(symbol)));
        mvc.perform(get("/documents").with(as(clerk)).param("issuer", "so noi vu"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(symbol))));
    }

    private ResultActions refused(RequestBuilder request, String message) throws Exception {
        long before = documents();
        long held = held();
        ResultActions result = mvc.perform(request).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"problem\"")))
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(not(containsString("Exception"))));
        assertThat(documents()).isEqualTo(before);
        assertThat(held()).isEqualTo(held);
        return result;
    }

    private MockHttpServletRequestBuilder reading() {
        return post("/documents/read").with(as(clerk)).with(csrf())
                .param("unitId", department.toString()).param("direction", "INCOMING");
    }

    private RequestBuilder upload(String name, byte[] content) {
        return multipart("/documents/read").file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(as(clerk)).with(csrf()).param("unitId", department.toString()).param("direction", "INCOMING");
    }

    private long documents() {
        return jdbc.sql("select count(*) from document_record").query(Long.class).single();
    }

    private long held() throws IOException {
        Path staging = data.resolve("documents/staging");
        try (Stream<Path> files = Files.list(staging)) {
            return files.count();
        }
    }

    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }
}
