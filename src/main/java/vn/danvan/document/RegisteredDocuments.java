package vn.danvan.document;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

/**
 * The registry's documents, stubs included.
 */
interface RegisteredDocuments extends CrudRepository<RegisteredDocument, UUID> {
}
