package vn.danvan.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.RuleViolated;
import vn.danvan.shared.VietnameseText;

/**
 * A document in the registry: its particulars, the unit that registered it, where it stands (stub, registered, draft,
 * issued), its original file and, once replaced, the date it stopped being in force ("hết hiệu lực").
 */
@Table("document_record")
class RegisteredDocument {

    static final int MAX_TITLE = 2000;

    @Id
    private UUID id;
    private UUID unitId;
    private DocumentDirection direction;
    private DocumentStatus status;
    private String kind;
    private String symbol;
    private String symbolKey;
    private String number;
    private String typeCode;
    private String typeName;
    private String issuer;
    private String issuerCode;
    private String place;
    private LocalDate issuedOn;
    private Integer issuedYear;
    private String title;
    private String signer;
    private String signingAuthority;
    private String signerTitle;
    private String recipients;
    private boolean confidential;
    private String fileName;
    private String fileType;
    private Long fileSize;
    private String fileSha256;
    private LocalDate expiredOn;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    @Version
    private Long version;

    private RegisteredDocument() {
    }

    /**
     * A document registered at a unit; an outgoing one without a number is a draft until the clerk issues its number,
     * one that already has its number (registered after the fact) counts as issued.
     */
    static RegisteredDocument register(UUID unitId, DocumentDirection direction, String kind, DocumentFields fields,
            StoredOriginal original, String actor, Instant now) {
        if (unitId == null) {
            throw InvalidInput.field("unitId", "document.unit-required");
        }
        if (direction == null) {
            throw InvalidInput.field("direction", "document.direction-required");
        }
        RegisteredDocument document = new RegisteredDocument();
        document.id = UUID.randomUUID();
        document.unitId = unitId;
        document.direction = direction;
        document.kind = kind;
        document.describe(fields);
        document.status = direction != DocumentDirection.OUTGOING ? DocumentStatus.REGISTERED
                : document.symbol == null ? DocumentStatus.DRAFT : DocumentStatus.ISSUED;
        if (document.title == null) {
            throw InvalidInput.field("title", "document.title-required");
        }
        if (original != null) {
            document.fileName = clip(original.fileName(), 255);
            document.fileType = original.type();
            document.fileSize = original.size();
            document.fileSha256 = original.sha256();
        }
        document.createdAt = now;
        document.createdBy = actor;
        document.updatedAt = now;
        return document;
    }

    /** A document known only because another one cites it; it belongs to no unit until it is registered. */
    static RegisteredDocument stub(CitedDocument cited, SymbolKey key, Instant now, String actor) {
        RegisteredDocument stub = new RegisteredDocument();
        stub.id = UUID.randomUUID();
        stub.direction = DocumentDirection.REFERENCE;
        stub.status = DocumentStatus.STUB;
        stub.symbol = clip(cited.symbol(), 200);
        stub.symbolKey = key.key();
        stub.number = key.number();
        stub.typeCode = clip(cited.typeCode(), 20);
        stub.issuerCode = clip(cited.issuerCode(), 100);
        stub.issuedOn = cited.issuedOn();
        stub.issuedYear = cited.issuedOn() != null ? Integer.valueOf(cited.issuedOn().getYear()) : key.year();
        stub.title = clip(VietnameseText.clean(cited.title()), MAX_TITLE);
        stub.createdAt = now;
        stub.createdBy = actor;
        stub.updatedAt = now;
        return stub;
    }

    /** Corrects the particulars; returns the names of the fields that changed. */
    List<String> amend(DocumentFields fields, Instant now) {
        if (status == DocumentStatus.STUB) {
            throw new RuleViolated("document.stub-not-editable");
        }
        List<Object> before = List.of(Objects.toString(symbol), Objects.toString(typeCode), Objects.toString(typeName),
                Objects.toString(issuer), Objects.toString(issuerCode), Objects.toString(place), Objects.toString(issuedOn),
                Objects.toString(title), Objects.toString(signer), Objects.toString(signingAuthority),
                Objects.toString(signerTitle), Objects.toString(recipients), confidential);
        String issuedSymbol = symbol;
        describe(fields);
        if (title == null) {
            throw InvalidInput.field("title", "document.title-required");
        }
        if (status == DocumentStatus.ISSUED && !Objects.equals(issuedSymbol, symbol)) {
            throw InvalidInput.field("symbol", "document.issued-symbol-fixed");
        }
        List<Object> after = List.of(Objects.toString(symbol), Objects.toString(typeCode), Objects.toString(typeName),
                Objects.toString(issuer), Objects.toString(issuerCode), Objects.toString(place), Objects.toString(issuedOn),
                Objects.toString(title), Objects.toString(signer), Objects.toString(signingAuthority),
                Objects.toString(signerTitle), Objects.toString(recipients), confidential);
        String[] names = { "symbol", "typeCode", "typeName", "issuer", "issuerCode", "place", "issuedOn", "title", "signer",
                "signingAuthority", "signerTitle", "recipients", "confidential" };
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(names[i]);
            }
        }
        updatedAt = now;
        return changed;
    }

    private void describe(DocumentFields fields) {
        if (fields == null) {
            throw InvalidInput.field("title", "document.title-required");
        }
        symbol = checked(fields.symbol() == null ? null : fields.symbol().replaceAll("\\s+", ""), 200, "symbol");
        SymbolKey key = SymbolKey.of(symbol);
        symbolKey = key == null ? null : key.key();
        number = key == null ? null : key.number();
        typeCode = checked(fields.typeCode(), 20, "typeCode");
        typeName = checked(fields.typeName(), 100, "typeName");
        issuer = checked(fields.issuer(), 500, "issuer");
        issuerCode = checked(fields.issuerCode(), 100, "issuerCode");
        place = checked(fields.place(), 200, "place");
        issuedOn = fields.issuedOn();
        issuedYear = issuedOn != null ? Integer.valueOf(issuedOn.getYear()) : key == null ? null : key.year();
        title = checked(fields.title(), MAX_TITLE, "title");
        signer = checked(fields.signer(), 200, "signer");
        signingAuthority = checked(fields.signingAuthority(), 20, "signingAuthority");
        signerTitle = checked(fields.signerTitle(), 200, "signerTitle");
        recipients = checked(fields.recipients(), 4000, "recipients");
        confidential = Boolean.TRUE.equals(fields.confidential());
    }

    /** Gives a signed draft its number from its series and the symbol that goes with it; a number is never given twice. */
    void issue(int sequence, String issuedSymbol, LocalDate on, Instant now) {
        if (direction != DocumentDirection.OUTGOING) {
            throw new RuleViolated("document.issue.not-outgoing");
        }
        if (status != DocumentStatus.DRAFT) {
            throw new RuleViolated("document.issue.already-issued", symbol);
        }
        if (signer == null) {
            throw new RuleViolated("document.issue.unsigned");
        }
        this.number = sequence < 10 ? "0" + sequence : Integer.toString(sequence);
        this.symbol = issuedSymbol;
        SymbolKey key = SymbolKey.of(issuedSymbol);
        this.symbolKey = key == null ? null : key.key();
        this.issuedOn = on;
        this.issuedYear = on.getYear();
        this.status = DocumentStatus.ISSUED;
        this.updatedAt = now;
    }

    /** The document stops being in force from a date because another one replaces it. */
    void expireOn(LocalDate date, Instant now) {
        if (expiredOn == null || date.isBefore(expiredOn)) {
            expiredOn = date;
            updatedAt = now;
        }
    }

    void requireVersion(Long expected) {
        if (expected != null && !expected.equals(version)) {
            throw new vn.danvan.shared.ConcurrentChange();
        }
    }

    private static String checked(String value, int max, String field) {
        String clean = VietnameseText.clean(value);
        if (clean == null || clean.isEmpty()) {
            return null;
        }
        if (clean.length() > max) {
            throw InvalidInput.field(field, "document.field-too-long", max);
        }
        return clean;
    }

    private static String clip(String value, int max) {
        String clean = VietnameseText.clean(value);
        if (clean == null || clean.isEmpty()) {
            return null;
        }
        return clean.length() > max ? clean.substring(0, max) : clean;
    }

    UUID id() {
        return id;
    }

    UUID unitId() {
        return unitId;
    }

    DocumentDirection direction() {
        return direction;
    }

    DocumentStatus status() {
        return status;
    }

    String symbol() {
        return symbol;
    }

    String symbolKey() {
        return symbolKey;
    }

    String typeCode() {
        return typeCode;
    }

    String issuerCode() {
        return issuerCode;
    }

    LocalDate issuedOn() {
        return issuedOn;
    }

    Integer issuedYear() {
        return issuedYear;
    }

    boolean isConfidential() {
        return confidential;
    }

    Long version() {
        return version;
    }
}
