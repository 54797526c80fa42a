package vn.danvan.document;

import java.util.EnumSet;
import java.util.Set;

/**
 * How one document relates to another, stored as a forward edge only (VIETNAM.md §8.2): it is based on, cites, guides,
 * amends, replaces or corrects the other. The last four are added by hand with the date they take effect.
 */
public enum DocumentRelation {
    BASED_ON, CITES, GUIDES, AMENDS, REPLACES, CORRECTS;

    public static final Set<DocumentRelation> MANUAL = EnumSet.of(GUIDES, AMENDS, REPLACES, CORRECTS);

    public boolean isManual() {
        return MANUAL.contains(this);
    }

    /** The label of the group of documents this one points at ("Văn bản được căn cứ"). */
    public String forwardKey() {
        return "document.relation.forward." + name();
    }

    /** The label of the group of documents that point at this one ("Văn bản thay thế"). */
    public String backwardKey() {
        return "document.relation.backward." + name();
    }
}
