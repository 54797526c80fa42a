package vn.danvan.document;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;
import vn.danvan.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DocumentApiTests extends IntegrationTest {

    UUID department;
    Actor clerk;

    @BeforeEach
    void department() {
        department = unit("Sở Tư pháp", UnitKind.DEPARTMENT, province("Tỉnh API"));
        clerk = actor(Role.CLERK, department);
    }

    long documents() {
        return jdbc.sql("select count(*) from document_record").query(Long.class).single();
    }

    @Test
    void registersListsReadsAndCorrectsADocument() throws Exception {
        String symbol = DocumentRegistryTests.serial() + "/KH-STP";
        String body = """
                {"unitId": "%s", "direction": "INCOMING", "text": "Kế hoạch thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013.",
                 "fields": {"symbol": "%s", "typeCode": "KH", "typeName": "Kế hoạch", "issuer": "Sở Tư pháp",
                            "issuedOn": "2024-03-05", "title": "Kế hoạch công tác dân vận"}}""".formatted(department, symbol);
        String location = mvc.perform(post("/api/v1/documents").with(as(clerk)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.symbol").value(symbol))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get("/api/v1/documents").with(as(clerk)).param("year", "2024"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].symbol").value(symbol))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get(location + "/scheme").with(as(clerk)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.groups[0].documents[0].symbol").value("25-NQ/TW"));
        mvc.perform(put(location).with(as(clerk)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"fields\": {\"symbol\": \"" + symbol + "\", \"title\": \"Đã sửa\"}, \"version\": 0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Đã sửa"));
        mvc.perform(put(location).with(as(clerk)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"fields\": {\"symbol\": \"" + symbol + "\", \"title\": \"Đè\"}, \"version\": 0}"))
                .andExpect(status().isConflict());
        mvc.perform(get(location).with(as(actor(Role.CLERK, unit("Khác", UnitKind.DEPARTMENT, province("Tỉnh Khác"))))))
                .andExpect(status().isNotFound());
    }

    @Test
    void parsesAnUploadOrATextWithoutSavingAnything() throws Exception {
        long before = documents();
        byte[] seed = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/main/resources/demo/documents/003_805e6ce0319a12de.txt"));
        mvc.perform(multipart("/api/v1/documents/parse").file(new MockMultipartFile("file", "cv.docx", "application/octet-stream", seed))
                .with(as(clerk))).andExpect(status().isOk())
                .andExpect(jsonPath("$.fields.symbol").value("84-CV/ĐU")).andExpect(jsonPath("$.fileType").value("TEXT"));
        mvc.perform(post("/api/v1/documents/parse").with(as(clerk)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"Căn cứ Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.citations[0].symbol").value("16/CT-TTg"));
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void badInputGetsAClearMessageAndNothingIsStored() throws Exception {
        long before = documents();
        mvc.perform(post("/api/v1/documents/parse").with(as(clerk)).contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"  \"}"))
                .andExpect(status().isBadRequest());
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        junk[0] = 1;
        mvc.perform(multipart("/api/v1/documents/parse").file(new MockMultipartFile("file", "van-ban.txt", "text/plain", junk))
                .with(as(clerk))).andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("document.file-unsupported"));
        mvc.perform(multipart("/api/v1/documents").file(new MockMultipartFile("file", "huge.txt", "text/plain", new byte[60 * 1024 * 1024]))
                .param("unitId", department.toString()).param("direction", "INCOMING").with(as(clerk)))
                .andExpect(status().isPayloadTooLarge());
        mvc.perform(multipart("/api/v1/documents").file(new MockMultipartFile("file", "bomb.docx", "application/octet-stream", zipBomb()))
                .param("unitId", department.toString()).param("direction", "INCOMING").with(as(clerk)))
                .andExpect(status().is4xxClientError());
        byte[] corrupt = "PK\u0003\u0004 this is not really a zip".getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart("/api/v1/documents").file(new MockMultipartFile("file", "hong.docx", "application/octet-stream", corrupt))
                .param("unitId", department.toString()).param("direction", "INCOMING").with(as(clerk)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").exists());
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void htmlWithScriptsIsShownBackEscaped() throws Exception {
        String page = "<!DOCTYPE html><html><head><script>alert('x')</script></head><body><nav>Trang chủ</nav>"
                + "<p>Kế hoạch số 12/KH-UBND</p><p>Nội dung &lt;b&gt;quan trọng&lt;/b&gt; <img src=x onerror=alert(1)></p></body></html>";
        String html = mvc.perform(multipart("/documents/read").file(new MockMultipartFile("file", "trang.html", "text/html",
                page.getBytes(StandardCharsets.UTF_8))).param("unitId", department.toString()).param("direction", "INCOMING")
                .with(as(clerk)).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<img src=x")))).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("onerror=alert(1)>");
    }

    @Test
    void thePagesRegisterAPastedDocumentAfterChecking() throws Exception {
        String symbol = DocumentRegistryTests.serial() + "/KH-STP";
        mvc.perform(post("/documents/read").with(as(clerk)).with(csrf()).param("unitId", department.toString())
                .param("direction", "INCOMING").param("text", DocumentRegistryTests.plan(symbol, "Luật số 10/2022/QH15", "Nội dung <b>đậm</b>.")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("10/2022/QH15")))
                .andExpect(content().string(not(containsString("<b>đậm</b>"))));
        String location = mvc.perform(post("/documents").with(as(clerk)).with(csrf()).param("unitId", department.toString())
                .param("direction", "INCOMING").param("symbol", symbol).param("title", "Kế hoạch thử")
                .param("text", DocumentRegistryTests.plan(symbol, "Luật số 10/2022/QH15", "Nội dung.")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as(clerk))).andExpect(status().isOk())
                .andExpect(content().string(containsString(symbol))).andExpect(content().string(containsString("10/2022/QH15")));
        mvc.perform(post("/documents").with(as(clerk)).with(csrf()).param("unitId", department.toString())
                .param("direction", "INCOMING").param("title", "").param("text", "Nội dung"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("trích yếu")));
        mvc.perform(post("/documents/read").with(as(clerk)).with(csrf()).param("unitId", department.toString()).param("text", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Văn bản trống")));
    }

    static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
