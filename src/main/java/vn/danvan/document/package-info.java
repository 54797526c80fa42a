/**
 * Documents: the registry of incoming, outgoing and reference documents, the Vietnamese document parser, citations
 * and the "Lược đồ" of relations, outgoing numbers and full-text search.
 */
@ApplicationModule(allowedDependencies = { "org", "shared" })
package vn.danvan.document;

import org.springframework.modulith.ApplicationModule;
