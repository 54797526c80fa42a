package vn.danvan.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A document as pages, the API and other modules see it: particulars, owning unit, status, original file and whether
 * it is still in force.
 */
public record DocumentView(UUID id, UUID unitId, String unitName, DocumentDirection direction, DocumentStatus status,
        String kind, String symbol, String number, String typeCode, String typeName, String issuer, String issuerCode,
        String place, LocalDate issuedOn, String title, String signer, String signingAuthority, String signerTitle,
        String recipients, boolean confidential, String fileName, String fileType, Long fileSize, String fileSha256,
        LocalDate expiredOn, Instant createdAt, String createdBy, Instant updatedAt, long version) {

    public boolean isStub() {
        return status == DocumentStatus.STUB;
    }

    /** Whether a document that replaced this one has taken effect by the date ("hết hiệu lực"). */
    public boolean isExpiredOn(LocalDate date) {
        return expiredOn != null && !date.isBefore(expiredOn);
    }

    public DocumentFields fields() {
        return new DocumentFields(symbol, typeCode, typeName, issuer, issuerCode, place, issuedOn, title, signer,
                signingAuthority, signerTitle, recipients, confidential);
    }
}
