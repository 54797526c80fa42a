package vn.danvan.document.web;

import java.time.LocalDate;
import java.util.UUID;

import vn.danvan.document.DocumentDirection;
import vn.danvan.document.DocumentFields;
import vn.danvan.document.DocumentView;

/**
 * The check-and-save form of a document: owning unit and direction, the particulars as parsed (or corrected), and the
 * pasted text or the held original it was read from.
 */
record DocumentForm(UUID unitId, DocumentDirection direction, String symbol, String typeCode, String typeName,
        String issuer, String issuerCode, String place, LocalDate issuedOn, String title, String signer,
        String signingAuthority, String signerTitle, String recipients, Boolean confidential, String text,
        String sha256, String fileName, Long version) {

    static DocumentForm of(UUID unitId, DocumentDirection direction, DocumentFields f, String text, String sha256,
            String fileName, Long version) {
        return new DocumentForm(unitId, direction, f.symbol(), f.typeCode(), f.typeName(), f.issuer(), f.issuerCode(),
                f.place(), f.issuedOn(), f.title(), f.signer(), f.signingAuthority(), f.signerTitle(), f.recipients(),
                f.confidential(), text, sha256, fileName, version);
    }

    static DocumentForm of(DocumentView d) {
        return of(d.unitId(), d.direction(), d.fields(), null, null, null, d.version());
    }

    DocumentFields fields() {
        return new DocumentFields(symbol, typeCode, typeName, issuer, issuerCode, place, issuedOn, title, signer,
                signingAuthority, signerTitle, recipients, Boolean.TRUE.equals(confidential));
    }
}
