package vn.danvan.petition;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A citizen received at a session as stored: the identity encrypted, what was raised, and the petition it became.
 */
@Table("reception_visit")
record ReceptionVisit(String identityEnc, String raised, UUID petitionId) {
}
