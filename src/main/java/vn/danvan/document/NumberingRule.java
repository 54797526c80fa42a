package vn.danvan.document;

import java.util.UUID;

/**
 * The numbering an issuer uses, and for Party bodies the current committee term ("2020-2025").
 */
public record NumberingRule(UUID unitId, NumberingScheme scheme, String term, long version) {
}
