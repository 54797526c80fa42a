/**
 * Documents: the registry of incoming, outgoing and reference documents, their citations and relations, numbering
 * and search. The parser lives in the {@code parsing} named interface.
 */
@ApplicationModule(allowedDependencies = {"org", "shared"})
package vn.danvan.document;

import org.springframework.modulith.ApplicationModule;
