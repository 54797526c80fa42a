package vn.danvan.petition;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who signed a petition as stored: the whole identity encrypted, a keyed hash of the ID number to find the
 * same person's earlier petitions, and name and address in clear only when the identity is not confidential.
 */
@Table("petition_person")
record Petitioner(String fullName, String address, String identityEnc, String idHash) {
}
