package vn.danvan.document;

import java.time.LocalDate;

/**
 * The particulars of a document as a person checks them before saving: symbol (số, ký hiệu), type, issuer, place and
 * date, title (trích yếu), signer and recipients, and whether it is confidential.
 */
public record DocumentFields(String symbol, String typeCode, String typeName, String issuer, String issuerCode,
        String place, LocalDate issuedOn, String title, String signer, String signingAuthority, String signerTitle,
        String recipients, Boolean confidential) {
}
