/**
 * Reads Vietnamese documents (text, DOCX, PDF, saved web pages) and finds what they are: the document's own
 * particulars (symbol, type, issuer, place and date, title, signer, recipients) and every document it cites, with the
 * relation (based on / cites). Plain Java, no Spring: the registry, plans and the command line use it alike.
 */
@org.springframework.modulith.NamedInterface("parsing")
package vn.danvan.document.parsing;
