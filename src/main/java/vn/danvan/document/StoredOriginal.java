package vn.danvan.document;

/**
 * An original file kept under the data directory, named by its SHA-256, with its type as sniffed from its bytes.
 */
record StoredOriginal(String fileName, String type, long size, String sha256) {
}
