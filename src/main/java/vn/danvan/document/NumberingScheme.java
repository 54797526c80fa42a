package vn.danvan.document;

/**
 * How an issuer numbers outgoing documents. State bodies number from 01 each calendar year, in one series for all
 * administrative documents or one per type as the head of the agency decides (ND 30/2020/NĐ-CP Điều 15); Party bodies
 * number each type from 01 per committee term (HD 36-HD/VPTW điểm 1.3). Confidential state documents have their own
 * series; confidential Party documents continue the ordinary one.
 */
public enum NumberingScheme {
    STATE_SHARED, STATE_PER_TYPE, PARTY;

    public String messageKey() {
        return "document.numbering.scheme." + name();
    }
}
