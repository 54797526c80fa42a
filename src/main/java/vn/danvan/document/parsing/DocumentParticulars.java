package vn.danvan.document.parsing;

import java.time.LocalDate;
import java.util.List;

/**
 * The parts of a document's own layout: symbol ("22/KH-LĐTBXH", null when the number is left blank), number, codes
 * after the number ("KH-LĐTBXH", "CV/ĐU"), type code and name, issuer (name and code), place and date of issue,
 * title (trích yếu), signer, signing authority ("TM.", "KT.", "TL.", "Q.", "TUQ." or null) and the signer's title,
 * recipients (Nơi nhận / Kính gửi). Any part may be null when the text does not show it.
 */
public record DocumentParticulars(String symbol, Integer number, String codes, String typeCode, String typeName,
        String issuer, String issuerCode, String place, LocalDate issuedOn, String title, String signer,
        String signingAuthority, String signerTitle, List<String> recipients) {

    public DocumentParticulars {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
