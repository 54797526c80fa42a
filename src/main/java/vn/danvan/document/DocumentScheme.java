package vn.danvan.document;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The "Lược đồ" of a document: what it is based on, cites, guides, amends, replaces or corrects, and in the other
 * direction what is based on it, cites, guides, amends, replaces or corrects it, grouped by relation.
 */
public record DocumentScheme(List<Group> groups) {

    public DocumentScheme {
        groups = List.copyOf(groups);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** The documents related one way by one relation; {@code forward} when the viewed document points at them. */
    public record Group(DocumentRelation relation, boolean forward, List<Related> documents) {

        public Group {
            documents = List.copyOf(documents);
        }

        public String messageKey() {
            return forward ? relation.forwardKey() : relation.backwardKey();
        }
    }

    /** One related document; only its symbol is shown when it belongs to a unit the reader does not see. */
    public record Related(UUID id, String symbol, String typeName, String title, LocalDate issuedOn, DocumentStatus status,
            boolean visible, LocalDate effectiveOn, LocalDate expiredOn) {

        public boolean isStub() {
            return status == DocumentStatus.STUB;
        }
    }
}
