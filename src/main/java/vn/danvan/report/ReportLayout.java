package vn.danvan.report;

import java.util.List;

/**
 * The blocks of an administrative document as Nghị định 30/2020/NĐ-CP lays them out, written by the consolidated
 * report once and rendered as DOCX or PDF.
 */
interface ReportLayout {

    /** Issuer (with the body above it, if any) and number on the left; national name, motto, place and date on the right. */
    void header(String body, String issuer, String number, String nation, String motto, String placeAndDate);

    void centered(String text, boolean bold);

    void heading(String text);

    void body(String text);

    /** A passage attributed to its unit: the unit's name in bold, then its text. */
    void passage(String unit, String text);

    void table(List<String> headers, List<List<String>> rows);

    /** "Nơi nhận" with its lines on the left, the signer's title and name on the right. */
    void signature(String recipientsTitle, List<String> recipients, String position, String signer);

    byte[] finish();
}
