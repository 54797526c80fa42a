package vn.danvan.document.parsing;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DocumentParserTests {

    private final DocumentParser parser = new DocumentParser();

    private static final String STATE_DECISION = """
            UBND TỈNH ĐỒNG NAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            SỞ NỘI VỤ | Độc lập - Tự do - Hạnh phúc
            Số: 1206/QĐ-SNV | Đồng Nai, ngày 05 tháng 7 năm 2023

            QUYẾT ĐỊNH
            Về việc thành lập Tổ công tác dân vận chính quyền

            GIÁM ĐỐC SỞ NỘI VỤ

            Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;
            Căn cứ Quyết định số 06/2024/QĐ-UBND ngày 6-1-2024 của UBND tỉnh;
            Xét đề nghị của Chánh Văn phòng Sở,

            QUYẾT ĐỊNH:
            Điều 1. Thành lập Tổ công tác theo Kế hoạch số 1954/KH-UBND của UBND tỉnh và Quyết định 1206/QĐ-SNV này.
            Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.

            Nơi nhận:                       KT. GIÁM ĐỐC
            - Như Điều 3;                   PHÓ GIÁM ĐỐC
            - UBND tỉnh;
            - Lưu: VT.                      (Đã ký)

                                            Nguyễn Văn An
            """;

    @Test
    void readsAStateDecisionLaidOutInTwoColumns() {
        ParsedDocument parsed = parser.parseText(STATE_DECISION);
        DocumentParticulars d = parsed.document();

        assertThat(parsed.kind()).isEqualTo("formal");
        assertThat(d.symbol()).isEqualTo("1206/QĐ-SNV");
        assertThat(d.number()).isEqualTo(1206);
        assertThat(d.codes()).isEqualTo("QĐ-SNV");
        assertThat(d.typeCode()).isEqualTo("QĐ");
        assertThat(d.typeName()).isEqualTo("Quyết định");
        assertThat(d.issuer()).isEqualTo("Sở Nội vụ");
        assertThat(d.issuerCode()).isEqualTo("SNV");
        assertThat(d.place()).isEqualTo("Đồng Nai");
        assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2023, 7, 5));
        assertThat(d.title()).isEqualTo("Về việc thành lập Tổ công tác dân vận chính quyền");
        assertThat(d.signingAuthority()).isEqualTo("KT.");
        assertThat(d.signerTitle()).isEqualTo("Phó Giám đốc");
        assertThat(d.signer()).isEqualTo("Nguyễn Văn An");
        assertThat(d.recipients()).containsExactly("Như Điều 3", "UBND tỉnh");
        assertThat(parsed.citations()).extracting(Citation::symbol, Citation::issuedOn, Citation::relation).containsExactly(
                tuple("30/2020/NĐ-CP", LocalDate.of(2020, 3, 5), CitationRelation.BASED_ON),
                tuple("06/2024/QĐ-UBND", LocalDate.of(2024, 1, 6), CitationRelation.BASED_ON),
                tuple("1954/KH-UBND", null, CitationRelation.CITES));
    }

    @Test
    void readsAPartyDocumentWhoseColumnsCameOneAfterTheOther() {
        ParsedDocument parsed = parser.parseText("""
                ĐẢNG BỘ TỈNH ĐỒNG NAI
                ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH
                *
                Số 60-CTr/ĐUK
                ĐẢNG CỘNG SẢN VIỆT NAM
                Biên Hòa, ngày 29 tháng 5 năm 2014

                CHƯƠNG TRÌNH
                thực hiện Kế hoạch số 164-KH/TU ngày 09-01-2014 của Ban Chấp hành Đảng bộ tỉnh
                -----
                Thực hiện Nghị quyết số 25-NQ/TW, ngày 03-6-2013 của Ban Chấp hành Trung ương (khóa XI);
                Ban Thường vụ Đảng ủy Khối xây dựng Chương trình hành động như sau:
                I. MỤC ĐÍCH
                Quán triệt Quy định số 101-QĐ/TW ngày 07/6/2012 và Nghị quyết 25-NQ/TW.

                T/M BAN THƯỜNG VỤ
                PHÓ BÍ THƯ
                Trần Văn Bình
                """);
        DocumentParticulars d = parsed.document();

        assertThat(parsed.kind()).isEqualTo("formal");
        assertThat(d.symbol()).isEqualTo("60-CTr/ĐUK");
        assertThat(d.codes()).isEqualTo("CTr/ĐUK");
        assertThat(d.typeName()).isEqualTo("Chương trình");
        assertThat(d.issuer()).isEqualTo("Đảng ủy Khối các cơ quan tỉnh");
        assertThat(d.issuerCode()).isEqualTo("ĐUK");
        assertThat(d.place()).isEqualTo("Biên Hòa");
        assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2014, 5, 29));
        assertThat(d.title()).startsWith("thực hiện Kế hoạch số 164-KH/TU");
        assertThat(d.signingAuthority()).isEqualTo("TM.");
        assertThat(d.signerTitle()).isEqualTo("Phó Bí thư");
        assertThat(d.signer()).isEqualTo("Trần Văn Bình");
        assertThat(parsed.citations()).extracting(Citation::symbol, Citation::issuedOn, Citation::relation).containsExactly(
                tuple("164-KH/TU", LocalDate.of(2014, 1, 9), CitationRelation.BASED_ON),
                tuple("25-NQ/TW", LocalDate.of(2013, 6, 3), CitationRelation.BASED_ON),
                tuple("101-QĐ/TW", LocalDate.of(2012, 6, 7), CitationRelation.CITES));
    }

    @Test
    void readsAnOfficialLetterWithItsSubjectAndAddressees() {
        ParsedDocument parsed = parser.parseText("""
                UBND TỈNH HÀ TĨNH
                SỞ NỘI VỤ
                Số: 840/SNV-XDCQ&TCBC
                V/v hướng dẫn chấm điểm công tác
                dân vận chính quyền năm 2024
                Hà Tĩnh, ngày 02 tháng 12 năm 2024

                Kính gửi:
                - Các sở, ban, ngành cấp tỉnh;
                - UBND các huyện, thành phố, thị xã.

                Thực hiện Kế hoạch số 482/KH-UBND ngày 15/10/2024 của UBND tỉnh, Sở Nội vụ hướng dẫn như sau:
                Báo cáo gửi về Sở trước ngày 15/12/2024./.

                Nơi nhận:
                - Như trên;
                - Lưu: VT, XDCQ.
                GIÁM ĐỐC
                Lê Thị Hoa
                """);
        DocumentParticulars d = parsed.document();

        assertThat(d.symbol()).isEqualTo("840/SNV-XDCQ&TCBC");
        assertThat(d.typeCode()).isNull();
        assertThat(d.typeName()).isEqualTo("Công văn");
        assertThat(d.issuerCode()).isEqualTo("SNV");
        assertThat(d.title()).isEqualTo("V/v hướng dẫn chấm điểm công tác dân vận chính quyền năm 2024");
        assertThat(d.recipients()).containsExactly("Các sở, ban, ngành cấp tỉnh", "UBND các huyện, thành phố, thị xã");
        assertThat(d.signingAuthority()).isNull();
        assertThat(d.signerTitle()).isEqualTo("Giám đốc");
        assertThat(d.signer()).isEqualTo("Lê Thị Hoa");
        assertThat(parsed.citations()).extracting(Citation::symbol, Citation::relation)
                .containsExactly(tuple("482/KH-UBND", CitationRelation.BASED_ON));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "SỞ NỘI VỤ TỈNH ĐỒNG NAI; Sở Nội vụ tỉnh Đồng Nai",
            "VỤ TỔ CHỨC CÁN BỘ; Vụ Tổ chức cán bộ",
            "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH; Ủy ban nhân dân tỉnh Hà Tĩnh",
            "ĐẢNG ỦY SỞ TƯ PHÁP; Đảng ủy Sở Tư pháp",
            "TỈNH ỦY ĐỒNG NAI; Tỉnh ủy Đồng Nai",
    })
    void writesAgencyNamesPrintedInCapitalsAsUsual(String printed, String usual) {
        assertThat(Names.properCase(printed)).isEqualTo(usual);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "TM. ỦY BAN NHÂN DÂN|CHỦ TỊCH; TM.; Chủ tịch",
            "KT. CHỦ TỊCH|PHÓ CHỦ TỊCH; KT.; Phó Chủ tịch",
            "TL. GIÁM ĐỐC|CHÁNH VĂN PHÒNG; TL.; Chánh Văn phòng",
            "TUQ. GIÁM ĐỐC|TRƯỞNG PHÒNG HÀNH CHÍNH; TUQ.; Trưởng phòng hành chính",
            "Q. GIÁM ĐỐC; Q.; -",
            "T/M BAN THƯỜNG VỤ|BÍ THƯ; TM.; Bí thư",
            "K/T GIÁM ĐỐC|PHÓ GIÁM ĐỐC; KT.; Phó Giám đốc",
            "GIÁM ĐỐC; -; Giám đốc",
    })
    void readsEachSigningAuthority(String block, String authority, String title) {
        ParsedDocument parsed = parser.parseText("Số: 12/KH-UBND\nKẾ HOẠCH\nTriển khai công tác dân vận\n\nNội dung./.\n\nNơi nhận:\n- Lưu: VT.\n"
                + block.replace('|', '\n') + "\n(Đã ký)\nPHẠM MINH TUẤN\n");

        assertThat(parsed.document().signingAuthority()).isEqualTo(authority);
        assertThat(parsed.document().signerTitle()).isEqualTo(title);
        assertThat(parsed.document().signer()).isEqualTo("Phạm Minh Tuấn");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "theo Quyết định s1122/QĐ-UBND ngày22/5/2020 của UBND tỉnh; 1122/QĐ-UBND; 2020-05-22",
            "theo Quyết định số1122/QĐ-UBND ngày 22/5/2020; 1122/QĐ-UBND; 2020-05-22",
            "Quyết định số 169/QĐ- UBND ngày 14/02/2012 của UBND tỉnh; 169/QĐ-UBND; 2012-02-14",
            "Quyết định số 169/Q\u00D0-UBND ngày 14/02/2012; 169/QĐ-UBND; 2012-02-14",
            "Kết luận số 100 - KL/TW ngày 27/8/2024 của Bộ Chính trị; 100-KL/TW; 2024-08-27",
            "Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành; 25-NQ/TW; 2013-06-03",
            "Chỉ thị 16/CT-TTg (16/5/2016) của Thủ tướng; 16/CT-TTg; 2016-05-16",
            "Kế hoạch 06-KH/BDVTW ngày 29 tháng 02 năm 2016; 06-KH/BDVTW; 2016-02-29",
            "Kế hoạch 31-QĐ/TW, ngày 01-10-1997; 31-QĐ/TW; 1997-10-01",
            "| 1 | Kế hoạch 22/KH-UBND ngày 06/01/2016 | Sở Nội vụ |; 22/KH-UBND; 2016-01-06",
            "Chương trình số 06-Ctr/TU ngày 6-1-2016; 06-CTr/TU; 2016-01-06",
            "Luật số 10/2022/QH15 ngày 10/11/2022; 10/2022/QH15; 2022-11-10",
            "Thông tư liên tịch 55/2005/TTLT-BNV-VPCP ngày 06/5/2005; 55/2005/TTLT-BNV-VPCP; 2005-05-06",
    })
    void findsCitationsThroughTheUsualGlitches(String sentence, String symbol, LocalDate date) {
        ParsedDocument parsed = parser.parseText("Bài viết.\n\nĐơn vị triển khai " + sentence + " và các văn bản khác.");

        assertThat(parsed.citations()).extracting(Citation::symbol, Citation::issuedOn).containsExactly(tuple(symbol, date));
    }

    @Test
    void aDateOnTheNextLineStillFollowsTheSymbol() {
        ParsedDocument parsed = parser.parseText("Thực hiện Chỉ thị số 45-CT/TU\nngày 27/8/2024 về đổi mới phong trào.");

        assertThat(parsed.citations()).extracting(Citation::symbol, Citation::issuedOn)
                .containsExactly(tuple("45-CT/TU", LocalDate.of(2024, 8, 27)));
    }

    @Test
    void aDateOnlyCountsWhenItFollowsTheSymbol() {
        ParsedDocument parsed = parser.parseText("Ngày 04/6/2014, Sở nhận được Kế hoạch 164-KH/TU của Tỉnh ủy, ban hành ngày 09/01/2014.");

        assertThat(parsed.citations()).extracting(Citation::symbol, Citation::issuedOn).containsExactly(tuple("164-KH/TU", null));
    }

    @Test
    void listsEachCitationOnceInOrderOfFirstAppearanceTakingADateFromALaterMention() {
        ParsedDocument parsed = parser.parseText("""
                Căn cứ Nghị quyết 25-NQ/TW của Ban Chấp hành Trung ương và Chỉ thị 05/CT-UBND ngày 02/3/2020;
                Đơn vị thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 về công tác dân vận; Chỉ thị 5/CT-UBND; 25-NQ/TW.
                """);

        assertThat(parsed.citations()).extracting(Citation::symbol, Citation::issuedOn, Citation::relation).containsExactly(
                tuple("25-NQ/TW", LocalDate.of(2013, 6, 3), CitationRelation.BASED_ON),
                tuple("05/CT-UBND", LocalDate.of(2020, 3, 2), CitationRelation.BASED_ON));
    }

    @Test
    void theDocumentItselfIsNotACitation() {
        ParsedDocument parsed = parser.parseText("Số: 22/KH-UBND\nKẾ HOẠCH\nCông tác dân vận\n\nKế hoạch 22/KH-UBND thực hiện Kế hoạch 21/KH-UBND.");

        assertThat(parsed.citations()).extracting(Citation::symbol).containsExactly("21/KH-UBND");
    }

    @Test
    void takesTheTitleOfACitedDocumentWhenTheTextGivesIt() {
        ParsedDocument parsed = parser.parseText(
                "Thực hiện Chỉ thị số 45-CT/TU ngày 27/8/2024 của Ban Thường vụ Tỉnh ủy về đổi mới phong trào thi đua “Dân vận khéo”; Kế hoạch 3/KH-UBND.");

        assertThat(parsed.citations()).extracting(Citation::symbol, Citation::title, Citation::typeCode, Citation::issuerCode, Citation::number)
                .containsExactly(tuple("45-CT/TU", "đổi mới phong trào thi đua “Dân vận khéo", "CT", "TU", 45),
                        tuple("3/KH-UBND", null, "KH", "UBND", 3));
    }

    @Test
    void anIssuerWithoutAHeaderIsTakenFromTheOpeningSentence() {
        ParsedDocument parsed = parser.parseText("""
                Số: 22 /KH-LĐTBXH
                Đồng Nai, ngày 29 tháng 02 năm 2016
                KẾ HOẠCH
                Công tác dân vận năm 2016

                Căn cứ Chương trình số 06-CTr/TU ngày 06/01/2016 của Tỉnh ủy;

                Sở Lao động – Thương binh và Xã hội tinh Đồng Nai xây dựng Kế hoạch như sau:
                """);

        assertThat(parsed.document().issuer()).isEqualTo("Sở Lao động – Thương binh và Xã hội tỉnh Đồng Nai");
    }

    @Test
    void aDraftWithoutNumberAndDateKeepsItsCodesAndPlace() {
        ParsedDocument parsed = parser.parseText("Số: /KH-SLĐTBXH\nHà Tĩnh, ngày   tháng   năm 2024\nKẾ HOẠCH\nThực hiện Chỉ thị số 45-CT/TU\n");
        DocumentParticulars d = parsed.document();

        assertThat(d.symbol()).isNull();
        assertThat(d.number()).isNull();
        assertThat(d.codes()).isEqualTo("KH-SLĐTBXH");
        assertThat(d.issuerCode()).isEqualTo("SLĐTBXH");
        assertThat(d.place()).isEqualTo("Hà Tĩnh");
        assertThat(d.issuedOn()).isNull();
        assertThat(parsed.kind()).isEqualTo("formal");
    }

    @Test
    void aHeaderSpreadOverWideGapsAndTablePipesReadsTheSame() {
        String gaps = "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH ĐỒNG NAI          Độc lập - Tự do - Hạnh phúc\n"
                + "Số: 05/CT-UBND          Đồng Nai, ngày 01 tháng 02 năm 2023\n\nCHỈ THỊ\nVề tăng cường công tác dân vận\n";
        String pipes = gaps.replaceAll(" {3,}", " | ");

        for (String text : List.of(gaps, pipes)) {
            DocumentParticulars d = parser.parseText(text).document();
            assertThat(d.symbol()).isEqualTo("05/CT-UBND");
            assertThat(d.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Đồng Nai");
            assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2023, 2, 1));
            assertThat(d.typeName()).isEqualTo("Chỉ thị");
            assertThat(d.title()).isEqualTo("Về tăng cường công tác dân vận");
        }
    }

    @Test
    void markdownEmphasisAndTablePipesDoNotGetInTheWay() {
        ParsedDocument parsed = parser.parseText("**UBND TỈNH ĐỒNG NAI**\n**Số: 7/TB-UBND**\n\n**THÔNG BÁO**\n*Kết luận của Chủ tịch*\n");

        assertThat(parsed.document().symbol()).isEqualTo("7/TB-UBND");
        assertThat(parsed.document().typeName()).isEqualTo("Thông báo");
        assertThat(parsed.document().title()).isEqualTo("Kết luận của Chủ tịch");
        assertThat(parsed.text()).doesNotContain("*");
    }

    @Test
    void aPageWithMenusAndFootersIsAWebPageAndRunningTextIsAnArticle() {
        String page = "Trang chủ\nGiới thiệu\nTin tức\nLiên hệ\nĐăng nhập\n\nTriển khai Kết luận số 43-KL/TW ngày 07/01/2019.\n\nBản quyền © 2024 Ban Dân vận\n";
        String article = "Sáng 12/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị triển khai Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư.";

        assertThat(parser.parseText(page).kind()).isEqualTo("webpage");
        assertThat(parser.parseText(article).kind()).isEqualTo("article");
        assertThat(parser.parseText(article).citations()).extracting(Citation::symbol).containsExactly("43-KL/TW");
    }

    @Test
    void brokenLinesInsideSentencesStillGiveTheTitle() {
        ParsedDocument parsed = parser.parseText("Số: 3/KH-UBND\nKẾ HOẠCH\nTriển khai phong trào thi đua\n“Dân vận khéo” năm 2024\n\nCăn cứ Kế hoạch 2/KH-UBND;\n");

        assertThat(parsed.document().title()).isEqualTo("Triển khai phong trào thi đua “Dân vận khéo” năm 2024");
        assertThat(parsed.citations()).extracting(Citation::relation).containsExactly(CitationRelation.BASED_ON);
    }

    @Test
    void emptyTextIsUnreadable() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parser.parseText("  \n "))
                .isInstanceOf(UnreadableDocument.class);
    }
}
